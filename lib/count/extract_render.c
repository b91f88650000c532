/* extract_render.c - the chosen blocks as text, Markdown or one JSON
 * Lines object (see tk_extract() in extract.h). */
#include "extract_impl.h"
#include "base/json.h"

#include <string.h>

static void render_blocks(const struct block_info *keep,
                          const struct tk_hblocks *d, bool md,
                          const char *title, size_t tlen, ptrdiff_t said,
                          struct tk_buf *out)
{
	bool first = true;
	if (tlen) {
		if (md)
			tk_buf_adds(out, "# ");
		tk_buf_add(out, title, tlen);
		first = false;
	}
	int32_t row = -1;
	/* The heading that states the title is the title's place: it is
	 * printed first with the title or not at all. Without one, the
	 * first kept heading, when it is the title, is not said twice. */
	bool dup_checked = tlen == 0 || said >= 0;
	for (size_t b = 0; b < d->nblocks; b++) {
		if ((keep && !keep[b].keep) || (ptrdiff_t)b == said)
			continue;
		const struct tk_hb_block *bl = &d->blocks[b];
		const char *s = d->text.data + bl->off;
		if (!dup_checked && bl->kind == TK_HB_HEADING) {
			dup_checked = true;
			if (bl->len == tlen && memcmp(s, title, tlen) == 0)
				continue;
		}
		if (bl->kind == TK_HB_CELL && bl->row >= 0 && bl->row == row) {
			tk_buf_adds(out, md ? " | " : " ");
			tk_buf_add(out, s, bl->len);
			continue;
		}
		if (row >= 0 && md)
			tk_buf_adds(out, " |");
		row = -1;
		if (!first)
			tk_buf_adds(out, "\n\n");
		first = false;
		if (md) {
			switch (bl->kind) {
			case TK_HB_HEADING:
				for (unsigned l = 0; l < bl->level; l++)
					tk_buf_addc(out, '#');
				tk_buf_addc(out, ' ');
				break;
			case TK_HB_ITEM: tk_buf_adds(out, "- "); break;
			case TK_HB_QUOTE: tk_buf_adds(out, "> "); break;
			case TK_HB_CELL:
				if (bl->row >= 0)
					tk_buf_adds(out, "| ");
				break;
			case TK_HB_PRE: tk_buf_adds(out, "    "); break;
			default: break;
			}
		}
		if (bl->kind == TK_HB_CELL)
			row = bl->row;
		tk_buf_add(out, s, bl->len);
	}
	if (row >= 0 && md)
		tk_buf_adds(out, " |");
}

void tk_extract_render(struct tk_extractor *x, const struct tk_hblocks *shown,
                       const struct block_info *keep,
                       const struct tk_extract_opts *o, int lang,
                       struct tk_buf *out)
{
	const struct tk_pagemeta *m = &x->meta;
	ptrdiff_t said = keep ? x->title_block : -1;
	if (o->format != TK_EXTRACT_JSONL) {
		/* The title as the page's headline says it, else as its
		 * metadata does. */
		const char *t = m->title.data;
		size_t tn = m->title.len;
		if (said >= 0) {
			t = shown->text.data + shown->blocks[said].off;
			tn = shown->blocks[said].len;
		}
		render_blocks(keep, shown, o->format == TK_EXTRACT_MARKDOWN,
		              t, o->with_title ? tn : 0, said, out);
		return;
	}
	tk_buf_clear(&x->tmp);
	render_blocks(keep, shown, false, NULL, 0, said, &x->tmp);
	tk_buf_adds(out, "{\"title\":");
	tk_json_string(out, m->title.data, m->title.len);
	tk_buf_adds(out, ",\"author\":");
	tk_json_string(out, m->author.data, m->author.len);
	tk_buf_adds(out, ",\"date\":");
	tk_json_string(out, m->date.data, m->date.len);
	tk_buf_adds(out, ",\"lang\":");
	if (m->lang.len)
		tk_json_string(out, m->lang.data, m->lang.len);
	else if (lang >= 0)
		tk_json_string(out, tk_extract_languages[lang], 2);
	else
		tk_json_string(out, "", 0);
	tk_buf_adds(out, ",\"url\":");
	tk_json_string(out, m->url.data, m->url.len);
	tk_buf_adds(out, ",\"text\":");
	tk_json_string(out, x->tmp.data, x->tmp.len);
	tk_buf_adds(out, "}\n");
}
