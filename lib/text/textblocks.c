/* textblocks.c - a page already reduced to text or Markdown -> blocks,
 * one block per non-blank line (see tk_hblocks_parse_text() in
 * htmlblocks.h). */
#include "htmlblocks.h"
#include "markup.h"
#include "base/xalloc.h"

#include <string.h>

/* Bytes of [text](url) link text in s[0..n), for link density. */
static size_t md_link_bytes(const char *s, size_t n)
{
	size_t total = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] != '[')
			continue;
		const char *e = memchr(s + i, ']', n - i);
		if (!e || (size_t)(e - s) + 1 >= n || e[1] != '(')
			continue;
		total += (size_t)(e - s) - i - 1;
		i = (size_t)(e - s);
	}
	return total;
}

void tk_hblocks_parse_text(struct tk_hblocks *d, const char *s, size_t n)
{
	tk_hblocks_begin(d, false);
	bool fence = false;
	size_t i = 0;
	while (i < n) {
		const char *nlp = memchr(s + i, '\n', n - i);
		size_t e = nlp ? (size_t)(nlp - s) : n;
		size_t a = i, b = e;
		i = e + 1;
		while (a < b && (tk_html_is_space((unsigned char)s[a]) || s[a] == 0))
			a++;
		while (b > a && (tk_html_is_space((unsigned char)s[b - 1]) || s[b - 1] == 0))
			b--;
		if (b - a >= 3 && (memcmp(s + a, "```", 3) == 0 ||
		                   memcmp(s + a, "~~~", 3) == 0)) {
			fence = !fence;
			continue;
		}
		if (a == b)
			continue;
		uint8_t kind = fence ? TK_HB_PRE : TK_HB_PARA, level = 0;
		if (!fence) {
			size_t h = a;
			while (h < b && s[h] == '#' && h - a < 6)
				h++;
			if (h > a && h < b && s[h] == ' ') {
				kind = TK_HB_HEADING;
				level = (uint8_t)(h - a);
				a = h + 1;
			} else if (b - a >= 2 && (s[a] == '-' || s[a] == '*' ||
			                          s[a] == '+') && s[a + 1] == ' ') {
				kind = TK_HB_ITEM;
				a += 2;
			} else if (s[a] == '>') {
				kind = TK_HB_QUOTE;
				a++;
			} else if (s[a] == '|') {
				kind = TK_HB_CELL;
			} else {
				size_t q = a;
				while (q < b && s[q] >= '0' && s[q] <= '9')
					q++;
				if (q > a && q - a < 4 && q + 1 < b &&
				    (s[q] == '.' || s[q] == ')') && s[q + 1] == ' ') {
					kind = TK_HB_ITEM;
					a = q + 2;
				}
			}
			while (a < b && tk_html_is_space((unsigned char)s[a]))
				a++;
		}
		if (a == b)
			continue;
		size_t off = d->text.len;
		bool join = d->nblocks >= TK_HB_BLOCKS_MAX;
		if (join)
			tk_buf_addc(&d->text, ' ');
		if (fence || d->links == TK_HB_LINKS_MD)
			tk_buf_add(&d->text, s + a, b - a);
		else {
			/* each line on its own, as before tk_md kept state
			 * between lines */
			struct tk_md md = { .flags = TK_MD_TAGS };
			tk_markdown(&md, s + a, b - a, true, true, &d->text);
		}
		if (join) {
			/* past the bound: the line joins the last block */
			struct tk_hb_block *last = &d->blocks[d->nblocks - 1];
			last->len = d->text.len - last->off;
			continue;
		}
		if (d->text.len == off)
			continue;
		if (d->nblocks == d->capblocks) {
			d->capblocks = xgrow(d->capblocks, d->nblocks + 1, 64);
			d->blocks = xnrealloc(d->blocks, d->capblocks,
			                      sizeof *d->blocks);
		}
		struct tk_hb_block *bl = &d->blocks[d->nblocks++];
		bl->off = off;
		bl->len = d->text.len - off;
		bl->link_len = md_link_bytes(s + a, b - a);
		if (bl->link_len > bl->len)
			bl->link_len = bl->len;
		bl->url_len = 0;
		bl->node = 0;
		bl->row = -1;
		bl->kind = kind;
		bl->level = level;
		bl->flags = 0;
	}
}
