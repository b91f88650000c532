/* htmlblocks.c - HTML tokenizer, light tree builder and block segmenter
 * (see htmlblocks.h).
 *
 * One pass over the page: text runs go to the block being built, tags
 * open and close elements on a stack whose every element is also kept in
 * a node table (parent links, document order), so that a scorer can sum
 * block features over subtrees.  Invariant: stack[0] is the root node 0;
 * tops[k] is the innermost block-level element among stack[0..k]. */
#include "htmlblocks.h"
#include "htmlattrs.h"
#include "markup.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>

/* --- parser state ------------------------------------------------------ */

#define NAME_MAX_LEN 32
#define META_MAX 512
#define META_VAL_MAX (256u << 10)

struct parser {
	struct tk_hblocks *d;
	int32_t stack[TK_HB_DEPTH_MAX];
	int32_t tops[TK_HB_DEPTH_MAX];
	uint32_t hashes[TK_HB_DEPTH_MAX];
	int depth;               /* elements on the stack, root included */
	int32_t head;            /* node of an open <head>, or -1 */
	bool body_seen;
	size_t bstart;           /* start of the block being built */
	size_t blink;            /* its link bytes */
	size_t burl;             /* its URL bytes */
	int32_t bnode;           /* its element */
	uint32_t bflags;
	bool space;              /* white space pending before the next text */
	int32_t link_node;       /* the open <a href>, or -1 */
	struct tk_buf href;      /* its target (keep_links) */
	bool time_seen;
	bool last_link;          /* the last text was link text */
	bool final;              /* the end of the page: flush for sure */
	bool bracket;            /* a Markdown link waits for its '[' */
	size_t lbstart;          /* the block its '[' went to */
	struct tk_buf tmp;
};

void tk_hblocks_init(struct tk_hblocks *d)
{
	memset(d, 0, sizeof *d);
}

void tk_hblocks_free(struct tk_hblocks *d)
{
	free(d->nodes);
	free(d->blocks);
	free(d->meta);
	tk_buf_free(&d->text);
	tk_buf_free(&d->hints);
	tk_buf_free(&d->metatext);
	memset(d, 0, sizeof *d);
}

static int32_t add_node(struct tk_hblocks *d, int32_t parent, unsigned tag,
                        unsigned depth, uint32_t flags);

void tk_hblocks_begin(struct tk_hblocks *d, bool is_html)
{
	d->nnodes = d->nblocks = d->nmeta = 0;
	tk_buf_clear(&d->text);
	tk_buf_clear(&d->hints);
	tk_buf_clear(&d->metatext);
	/* data never NULL: readers add offsets to it even when empty */
	tk_buf_reserve(&d->text, 0);
	tk_buf_reserve(&d->hints, 0);
	tk_buf_reserve(&d->metatext, 0);
	d->is_html = is_html;
	add_node(d, -1, TK_TAG_ROOT, 0, TK_HBN_BLOCK);
}

static int32_t add_node(struct tk_hblocks *d, int32_t parent, unsigned tag,
                        unsigned depth, uint32_t flags)
{
	if (d->nnodes == d->capnodes) {
		d->capnodes = xgrow(d->capnodes, d->nnodes + 1, 256);
		d->nodes = xnrealloc(d->nodes, d->capnodes, sizeof *d->nodes);
	}
	struct tk_hb_node *nd = &d->nodes[d->nnodes];
	nd->parent = parent;
	nd->tag = (uint16_t)tag;
	nd->depth = (uint16_t)depth;
	nd->flags = flags;
	nd->hint_off = (uint32_t)d->hints.len;
	nd->hint_len = 0;
	return (int32_t)d->nnodes++;
}

static void add_meta(struct tk_hblocks *d, const char *k, size_t kn,
                     const char *v, size_t vn)
{
	if (d->nmeta >= META_MAX ||
	    d->metatext.len + kn + vn > TK_HB_META_BYTES_MAX)
		return;
	if (vn > META_VAL_MAX)
		vn = META_VAL_MAX;
	if (d->nmeta == d->capmeta) {
		d->capmeta = xgrow(d->capmeta, d->nmeta + 1, 16);
		d->meta = xnrealloc(d->meta, d->capmeta, sizeof *d->meta);
	}
	struct tk_hb_meta *m = &d->meta[d->nmeta++];
	m->key_off = d->metatext.len;
	m->key_len = kn;
	for (size_t i = 0; i < kn; i++)
		tk_buf_addc(&d->metatext, (char)tk_html_lower((unsigned char)k[i]));
	m->val_off = d->metatext.len;
	tk_buf_add(&d->metatext, v, vn);
	m->val_len = vn;
}

/* Append s[0..n) with character references decoded and white space
 * squeezed (for attribute values and titles). */
static void add_decoded(struct tk_buf *out, const char *s, size_t n)
{
	bool space = false;
	size_t start = out->len;
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		if (tk_html_is_space(c) || c == 0) {
			space = true;
			i++;
			continue;
		}
		if (space && out->len > start)
			tk_buf_addc(out, ' ');
		space = false;
		size_t k = c == '&' ? tk_entity_decode(s + i, n - i, out) : 0;
		if (k == 0) {
			tk_buf_addc(out, (char)c);
			k = 1;
		}
		i += k;
	}
}

static void add_meta_decoded(struct parser *p, const char *k, size_t kn,
                             const char *v, size_t vn)
{
	tk_buf_clear(&p->tmp);
	add_decoded(&p->tmp, v, vn);
	add_meta(p->d, k, kn, p->tmp.data, p->tmp.len);
}

/* --- blocks -------------------------------------------------------------- */

static int32_t find_row(const struct tk_hblocks *d, int32_t node)
{
	for (int k = 0; node >= 0 && k < 3; k++) {
		unsigned t = d->nodes[node].tag;
		if (t == TK_TAG_TR)
			return node;
		if (t == TK_TAG_TABLE)
			break;
		node = d->nodes[node].parent;
	}
	return -1;
}

static uint8_t block_kind(const struct tk_hb_node *nd, uint8_t *level)
{
	*level = 0;
	switch (nd->tag) {
	case TK_TAG_H1: case TK_TAG_H2: case TK_TAG_H3:
	case TK_TAG_H4: case TK_TAG_H5: case TK_TAG_H6:
		*level = (uint8_t)(nd->tag - TK_TAG_H1 + 1);
		return TK_HB_HEADING;
	case TK_TAG_LI: case TK_TAG_DT: case TK_TAG_DD:
		return TK_HB_ITEM;
	case TK_TAG_TD: case TK_TAG_TH: case TK_TAG_CAPTION:
		return TK_HB_CELL;
	case TK_TAG_FIGCAPTION:
		return TK_HB_CAPTION;
	case TK_TAG_PRE:
		return TK_HB_PRE;
	default:
		break;
	}
	if (nd->flags & TK_HBN_IN_QUOTE)
		return TK_HB_QUOTE;
	if (nd->flags & TK_HBN_IN_PRE)
		return TK_HB_PRE;
	return nd->tag == TK_TAG_P ? TK_HB_PARA : TK_HB_TEXT;
}

static void flush(struct parser *p)
{
	struct tk_hblocks *d = p->d;
	if (d->text.len == p->bstart) {
		p->space = false;
		return;
	}
	if (d->nblocks + 1 >= TK_HB_BLOCKS_MAX && !p->final) {
		p->space = true; /* the block goes on */
		return;
	}
	p->space = false;
	if (d->nblocks == d->capblocks) {
		d->capblocks = xgrow(d->capblocks, d->nblocks + 1, 64);
		d->blocks = xnrealloc(d->blocks, d->capblocks, sizeof *d->blocks);
	}
	struct tk_hb_block *b = &d->blocks[d->nblocks++];
	b->off = p->bstart;
	b->len = d->text.len - p->bstart;
	b->link_len = p->blink;
	b->url_len = p->burl;
	b->node = p->bnode;
	b->row = find_row(d, p->bnode);
	b->kind = block_kind(&d->nodes[p->bnode], &b->level);
	b->flags = p->bflags;
	p->bstart = d->text.len;
	p->blink = p->burl = 0;
}

static uint32_t cur_flags(const struct parser *p)
{
	return p->d->nodes[p->stack[p->depth - 1]].flags;
}

/* Text s[0..n) without white space, already decoded. */
static void put_text(struct parser *p, const char *s, size_t n)
{
	struct tk_hblocks *d = p->d;
	uint32_t f = cur_flags(p);
	if (f & (TK_HBN_IN_SKIP | TK_HBN_IN_HIDDEN))
		return;
	if (d->text.len == p->bstart) {
		p->bnode = p->tops[p->depth - 1];
		p->bflags = d->nodes[p->bnode].flags;
	} else if (p->space) {
		tk_buf_addc(&d->text, ' ');
		if ((f & TK_HBN_IN_LINK) && p->last_link)
			p->blink++;
	}
	p->space = false;
	if (p->bracket && (f & TK_HBN_IN_LINK)) {
		tk_buf_addc(&d->text, '[');
		p->lbstart = p->bstart;
		p->burl++;
		p->bracket = false;
	}
	tk_buf_add(&d->text, s, n);
	if (f & TK_HBN_IN_LINK)
		p->blink += n;
	p->last_link = f & TK_HBN_IN_LINK;
}

static void put_space(struct parser *p)
{
	if (p->d->text.len > p->bstart)
		p->space = true;
}

/* Text of the page between tags: references decoded, white space and
 * no-break spaces squeezed, lines of <pre> made blocks. */
static void text_run(struct parser *p, const char *s, size_t n)
{
	bool pre = cur_flags(p) & TK_HBN_IN_PRE;
	size_t i = 0;
	while (i < n) {
		size_t j = i;
		while (j < n) {
			unsigned char c = (unsigned char)s[j];
			if (tk_html_is_space(c) || c == '&' || c == 0 ||
			    (c == 0xC2 && j + 1 < n &&
			     (unsigned char)s[j + 1] == 0xA0))
				break;
			j++;
		}
		if (j > i)
			put_text(p, s + i, j - i);
		if (j == n)
			break;
		unsigned char c = (unsigned char)s[j];
		if (c == '&') {
			tk_buf_clear(&p->tmp);
			size_t k = tk_entity_decode(s + j, n - j, &p->tmp);
			if (k == 0) {
				put_text(p, "&", 1);
				k = 1;
			} else if (p->tmp.len == 2 &&
			           memcmp(p->tmp.data, "\xC2\xA0", 2) == 0) {
				put_space(p);
			} else if (p->tmp.len == 1 &&
			           (tk_html_is_space((unsigned char)p->tmp.data[0]) ||
			            p->tmp.data[0] == 0)) {
				put_space(p);
			} else {
				put_text(p, p->tmp.data, p->tmp.len);
			}
			i = j + k;
		} else if (c == 0xC2) {
			put_space(p);
			i = j + 2;
		} else {
			if (pre && c == '\n')
				flush(p);
			else
				put_space(p);
			i = j + 1;
		}
	}
}

/* --- the stack ---------------------------------------------------------- */

static void pop_one(struct parser *p)
{
	struct tk_hblocks *d = p->d;
	int32_t nd = p->stack[p->depth - 1];
	if (d->nodes[nd].flags & TK_HBN_BLOCK)
		flush(p);
	if (nd == p->link_node) {
		if (d->links != TK_HB_LINKS_TEXT && p->href.len &&
		    d->text.len > p->bstart && !p->bracket &&
		    (d->links != TK_HB_LINKS_MD || p->lbstart == p->bstart)) {
			size_t before = d->text.len;
			if (d->links == TK_HB_LINKS_MD) {
				tk_buf_adds(&d->text, "](");
				tk_buf_add(&d->text, p->href.data, p->href.len);
				tk_buf_addc(&d->text, ')');
			} else {
				tk_buf_adds(&d->text, " <");
				tk_buf_add(&d->text, p->href.data, p->href.len);
				tk_buf_addc(&d->text, '>');
			}
			p->burl += d->text.len - before;
		}
		p->link_node = -1;
		p->bracket = false;
	}
	if (nd == p->head)
		p->head = -1;
	p->depth--;
}

static void pop_to(struct parser *p, int k)
{
	while (p->depth > k)
		pop_one(p);
}

/* Index on the stack of the nearest open element with tag id `tag`
 * (and name hash h for unknown tags), not looking past a scope
 * boundary; 0 when there is none. */
static int find_open(const struct parser *p, unsigned tag, uint32_t h,
                     const uint8_t *stops, size_t nstops)
{
	const struct tk_hb_node *nodes = p->d->nodes;
	for (int k = p->depth - 1; k > 0; k--) {
		unsigned t = nodes[p->stack[k]].tag;
		if (t == tag && (tag != TK_TAG_OTHER || p->hashes[k] == h))
			return k;
		for (size_t i = 0; i < nstops; i++)
			if (t == stops[i])
				return 0;
	}
	return 0;
}

static const uint8_t scope_stops[] = {
	TK_TAG_TABLE, TK_TAG_TD, TK_TAG_TH, TK_TAG_CAPTION, TK_TAG_TEMPLATE,
	TK_TAG_OBJECT, TK_TAG_HTML, TK_TAG_BUTTON,
};
static const uint8_t list_stops[] = {
	TK_TAG_UL, TK_TAG_OL, TK_TAG_MENU, TK_TAG_TABLE, TK_TAG_TD,
	TK_TAG_TH, TK_TAG_DIR,
};
static const uint8_t dl_stops[] = { TK_TAG_DL, TK_TAG_TABLE, TK_TAG_TD };
static const uint8_t row_stops[] = { TK_TAG_TABLE };
static const uint8_t cell_stops[] = { TK_TAG_TABLE, TK_TAG_TR };

static void close_tag(struct parser *p, unsigned tag, const uint8_t *stops,
                      size_t nstops)
{
	int k = find_open(p, tag, 0, stops, nstops);
	if (k > 0)
		pop_to(p, k);
}

/* The spec's implied end tags for start tag `tag`. */
static void implied_ends(struct parser *p, unsigned tag)
{
	if (tk_html_tag_props(tag) & TK_HTP_CLOSEP)
		close_tag(p, TK_TAG_P, scope_stops, TK_LEN(scope_stops));
	switch (tag) {
	case TK_TAG_LI:
		close_tag(p, TK_TAG_LI, list_stops, TK_LEN(list_stops));
		break;
	case TK_TAG_DT: case TK_TAG_DD:
		close_tag(p, TK_TAG_DT, dl_stops, TK_LEN(dl_stops));
		close_tag(p, TK_TAG_DD, dl_stops, TK_LEN(dl_stops));
		break;
	case TK_TAG_TR:
		close_tag(p, TK_TAG_TR, row_stops, TK_LEN(row_stops));
		break;
	case TK_TAG_TD: case TK_TAG_TH:
		close_tag(p, TK_TAG_TD, cell_stops, TK_LEN(cell_stops));
		close_tag(p, TK_TAG_TH, cell_stops, TK_LEN(cell_stops));
		break;
	case TK_TAG_TBODY: case TK_TAG_THEAD: case TK_TAG_TFOOT:
		close_tag(p, TK_TAG_TBODY, row_stops, TK_LEN(row_stops));
		close_tag(p, TK_TAG_THEAD, row_stops, TK_LEN(row_stops));
		close_tag(p, TK_TAG_TFOOT, row_stops, TK_LEN(row_stops));
		break;
	case TK_TAG_OPTION:
		if (p->d->nodes[p->stack[p->depth - 1]].tag == TK_TAG_OPTION)
			pop_one(p);
		break;
	case TK_TAG_H1: case TK_TAG_H2: case TK_TAG_H3:
	case TK_TAG_H4: case TK_TAG_H5: case TK_TAG_H6: {
		unsigned t = p->d->nodes[p->stack[p->depth - 1]].tag;
		if (t >= TK_TAG_H1 && t <= TK_TAG_H6)
			pop_one(p);
		break;
	}
	case TK_TAG_A:
		close_tag(p, TK_TAG_A, scope_stops, TK_LEN(scope_stops));
		break;
	default:
		break;
	}
}

/* --- tags ----------------------------------------------------------------- */

/* Metadata carried by start tags. */
static void tag_meta(struct parser *p, unsigned tag, const struct tk_html_attrs *at)
{
	struct tk_hblocks *d = p->d;
	switch (tag) {
	case TK_TAG_META: {
		const struct tk_html_span *k = at->property.set ? &at->property
		                            : at->name.set ? &at->name
		                            : at->itemprop.set ? &at->itemprop
		                                               : NULL;
		if (k && at->content.set && k->n < 64 && at->content.n)
			add_meta_decoded(p, k->p, k->n, at->content.p,
			                 at->content.n);
		break;
	}
	case TK_TAG_HTML:
		if (at->lang.set && at->lang.n < 64)
			add_meta(d, "html:lang", 9, at->lang.p, at->lang.n);
		break;
	case TK_TAG_LINK:
		if (at->rel.set && at->href.set && tk_html_span_eq(&at->rel, "canonical"))
			add_meta_decoded(p, "link:canonical", 14, at->href.p,
			                 at->href.n);
		break;
	case TK_TAG_TIME:
		if (!p->time_seen && at->datetime.set && at->datetime.n < 64) {
			p->time_seen = true;
			add_meta(d, "time:datetime", 13, at->datetime.p,
			         at->datetime.n);
		}
		break;
	default:
		if (at->itemprop.set && at->content.set && at->itemprop.n < 64 &&
		    at->content.n)
			add_meta_decoded(p, at->itemprop.p, at->itemprop.n,
			                 at->content.p, at->content.n);
		break;
	}
}

/* The end of raw text from s[i]: the index of "</name" followed by a
 * space, '/' or '>', or n. */
static size_t raw_end(const char *s, size_t n, size_t i, const char *name)
{
	size_t nl = strlen(name);
	while (i < n) {
		const char *lt = memchr(s + i, '<', n - i);
		if (!lt)
			return n;
		size_t j = (size_t)(lt - s);
		if (j + 2 + nl <= n && s[j + 1] == '/') {
			size_t k = 0;
			while (k < nl && tk_html_lower((unsigned char)s[j + 2 + k]) ==
			                     (unsigned char)name[k])
				k++;
			if (k == nl && (j + 2 + nl == n ||
			                tk_html_is_space((unsigned char)s[j + 2 + nl]) ||
			                s[j + 2 + nl] == '/' || s[j + 2 + nl] == '>'))
				return j;
		}
		i = j + 1;
	}
	return n;
}

static void push(struct parser *p, unsigned tag, uint32_t h,
                 const struct tk_html_attrs *at, bool hidden)
{
	struct tk_hblocks *d = p->d;
	int32_t parent = p->stack[p->depth - 1];
	uint32_t f = d->nodes[parent].flags & ~(uint32_t)TK_HBN_BLOCK;
	uint8_t props = tk_html_tag_props(tag);
	if (props & TK_HTP_SKIP)
		f |= TK_HBN_IN_SKIP;
	if (hidden)
		f |= TK_HBN_IN_HIDDEN;
	if (props & TK_HTP_BLOCK)
		f |= TK_HBN_BLOCK;
	switch (tag) {
	case TK_TAG_A:
		if (at->href.set)
			f |= TK_HBN_IN_LINK;
		break;
	case TK_TAG_FORM: f |= TK_HBN_IN_FORM; break;
	case TK_TAG_TABLE: f |= TK_HBN_IN_TABLE; break;
	case TK_TAG_BLOCKQUOTE: f |= TK_HBN_IN_QUOTE; break;
	case TK_TAG_PRE: f |= TK_HBN_IN_PRE; break;
	default: break;
	}
	int32_t nd = add_node(d, parent, tag, (unsigned)p->depth, f);
	size_t h0 = d->hints.len;
	struct tk_buf *hb = &d->hints;
	if ((at->cls.set || at->id.set || at->role.set || at->itemprop.set) &&
	    hb->len < TK_HB_HINTS_MAX) {
		/* add_hint separates by the buffer's length; keep a leading
		 * space so that hints of neighbours never run together */
		tk_buf_addc(hb, ' ');
		tk_html_add_hint(hb, &at->cls);
		tk_html_add_hint(hb, &at->id);
		tk_html_add_hint(hb, &at->role);
		tk_html_add_hint(hb, &at->itemprop);
		d->nodes[nd].hint_off = (uint32_t)(h0 + 1);
		d->nodes[nd].hint_len = (uint32_t)(hb->len - h0 - 1);
	}
	if (tag == TK_TAG_A && at->href.set) {
		p->link_node = nd;
		tk_buf_clear(&p->href);
		if (d->links != TK_HB_LINKS_TEXT)
			add_decoded(&p->href, at->href.p,
			            at->href.n < 2048 ? at->href.n : 2048);
		/* the '[' goes before the link's first text */
		p->bracket = d->links == TK_HB_LINKS_MD && p->href.len;
	}
	if (tag == TK_TAG_HEAD)
		p->head = nd;
	p->stack[p->depth] = nd;
	p->hashes[p->depth] = h;
	p->tops[p->depth] = (props & TK_HTP_BLOCK) ? nd : p->tops[p->depth - 1];
	p->depth++;
}

static bool head_content(unsigned tag)
{
	switch (tag) {
	case TK_TAG_META: case TK_TAG_LINK: case TK_TAG_TITLE:
	case TK_TAG_SCRIPT: case TK_TAG_STYLE: case TK_TAG_NOSCRIPT:
	case TK_TAG_TEMPLATE: case TK_TAG_HEAD: case TK_TAG_HTML:
		return true;
	default:
		return false;
	}
}

/* A start tag whose name is s[a..a+nl); i is just after the name.
 * Returns the index after the tag (and after raw text content). */
static size_t start_tag(struct parser *p, const char *s, size_t n,
                        size_t a, size_t nl, size_t i)
{
	struct tk_hblocks *d = p->d;
	char name[NAME_MAX_LEN];
	size_t k = nl < NAME_MAX_LEN ? nl : NAME_MAX_LEN - 1;
	for (size_t j = 0; j < k; j++)
		name[j] = (char)tk_html_lower((unsigned char)s[a + j]);
	name[k] = 0;
	const struct tk_html_tag *td = tk_html_find_tag(name, k);
	unsigned tag = td ? td->id : TK_TAG_OTHER;
	uint8_t props = td ? td->props : 0;
	struct tk_html_attrs at;
	memset(&at, 0, sizeof at);
	i = tk_html_parse_attrs(s, n, i, &at);
	tag_meta(p, tag, &at);

	if (p->head >= 0 && !head_content(tag)) {
		int hk = find_open(p, TK_TAG_HEAD, 0, NULL, 0);
		if (hk > 0)
			pop_to(p, hk);
	}
	/* html is the root; a second body, or a head after the body
	 * has begun, adds nothing (its attributes are ignored) */
	if (tag == TK_TAG_HTML || (tag == TK_TAG_BODY && p->body_seen) ||
	    (tag == TK_TAG_HEAD && (p->body_seen || d->nblocks > 0)))
		return i;
	if (tag == TK_TAG_BODY)
		p->body_seen = true;
	implied_ends(p, tag);
	if (props & TK_HTP_BLOCK)
		flush(p);
	if (tag == TK_TAG_BR) {
		flush(p);
		return i;
	}
	if (props & TK_HTP_VOID)
		return i;
	/* In svg and math (foreign content), title, style and script
	 * are ordinary elements, often self-closing (<title/>): no raw
	 * text, and their content is skipped with the svg's. */
	if ((props & TK_HTP_RAW) &&
	    (find_open(p, TK_TAG_SVG, 0, NULL, 0) > 0 ||
	     find_open(p, TK_TAG_MATH, 0, NULL, 0) > 0))
		return i;
	if (props & TK_HTP_RAW) {
		size_t e = raw_end(s, n, i, name);
		if (tag == TK_TAG_TITLE) {
			if (!tk_hblocks_meta(d, "title", NULL) &&
			    !(cur_flags(p) & TK_HBN_IN_SKIP && p->head < 0 &&
			      p->body_seen))
				add_meta_decoded(p, "title", 5, s + i, e - i);
		} else if (tag == TK_TAG_SCRIPT && at.type.set &&
		           tk_html_span_eq(&at.type, "application/ld+json")) {
			add_meta(d, "ld+json", 7, s + i, e - i);
		}
		if (e == n)
			return n;
		const char *gt = memchr(s + e, '>', n - e);
		return gt ? (size_t)(gt - s) + 1 : n;
	}
	if (p->depth >= TK_HB_DEPTH_MAX || d->nnodes >= TK_HB_NODES_MAX)
		return i;
	push(p, tag, tag == TK_TAG_OTHER ? tk_html_name_hash(name, k) : 0, &at,
	     tk_html_attrs_hidden(&at));
	return i;
}

static void end_tag(struct parser *p, const char *s, size_t a, size_t nl)
{
	char name[NAME_MAX_LEN];
	size_t k = nl < NAME_MAX_LEN ? nl : NAME_MAX_LEN - 1;
	for (size_t j = 0; j < k; j++)
		name[j] = (char)tk_html_lower((unsigned char)s[a + j]);
	name[k] = 0;
	const struct tk_html_tag *td = tk_html_find_tag(name, k);
	unsigned tag = td ? td->id : TK_TAG_OTHER;
	if (tag == TK_TAG_BR || tag == TK_TAG_P) {
		flush(p);
		if (tag == TK_TAG_BR)
			return;
	}
	if (tag == TK_TAG_HTML || tag == TK_TAG_BODY)
		return;
	if (tag >= TK_TAG_H1 && tag <= TK_TAG_H6) {
		for (int j = p->depth - 1; j > 0; j--) {
			unsigned t = p->d->nodes[p->stack[j]].tag;
			if (t >= TK_TAG_H1 && t <= TK_TAG_H6) {
				pop_to(p, j);
				return;
			}
		}
		return;
	}
	bool table_tag = tag == TK_TAG_TABLE || tag == TK_TAG_TD ||
	                 tag == TK_TAG_TH || tag == TK_TAG_TR ||
	                 tag == TK_TAG_CAPTION || tag == TK_TAG_TBODY ||
	                 tag == TK_TAG_THEAD || tag == TK_TAG_TFOOT;
	int j = find_open(p, tag, tag == TK_TAG_OTHER ? tk_html_name_hash(name, k) : 0,
	                  table_tag ? row_stops : scope_stops,
	                  table_tag ? (tag == TK_TAG_TABLE ? 0 : 1)
	                            : TK_LEN(scope_stops));
	if (j > 0)
		pop_to(p, j);
}

/* --- the tokenizer -------------------------------------------------------- */

void tk_hblocks_parse_html(struct tk_hblocks *d, const char *s, size_t n)
{
	tk_hblocks_begin(d, true);
	struct parser p;
	memset(&p, 0, sizeof p);
	p.d = d;
	p.head = -1;
	p.link_node = -1;
	p.stack[0] = 0;
	p.tops[0] = 0;
	p.depth = 1;
	size_t i = 0;
	while (i < n) {
		const char *lt = memchr(s + i, '<', n - i);
		size_t j = lt ? (size_t)(lt - s) : n;
		if (j > i) {
			if (p.head >= 0) {
				/* text ends an open head unless it is white */
				size_t q = i;
				while (q < j && tk_html_is_space((unsigned char)s[q]))
					q++;
				if (q < j) {
					int hk = find_open(&p, TK_TAG_HEAD, 0, NULL, 0);
					if (hk > 0)
						pop_to(&p, hk);
				}
			}
			text_run(&p, s + i, j - i);
		}
		if (j >= n)
			break;
		/* s[j] == '<' */
		unsigned char c = j + 1 < n ? (unsigned char)s[j + 1] : 0;
		if (tk_html_is_alpha(c)) {
			size_t a = j + 1, e = a;
			while (e < n && !tk_html_is_space((unsigned char)s[e]) &&
			       s[e] != '/' && s[e] != '>')
				e++;
			i = start_tag(&p, s, n, a, e - a, e);
		} else if (c == '/' && j + 2 < n &&
		           tk_html_is_alpha((unsigned char)s[j + 2])) {
			size_t a = j + 2, e = a;
			while (e < n && !tk_html_is_space((unsigned char)s[e]) &&
			       s[e] != '/' && s[e] != '>')
				e++;
			end_tag(&p, s, a, e - a);
			const char *gt = memchr(s + e, '>', n - e);
			i = gt ? (size_t)(gt - s) + 1 : n;
		} else if (c == '!' && j + 3 < n && s[j + 2] == '-' &&
		           s[j + 3] == '-') {
			size_t from = j + 4;
			if (from < n && s[from] == '>') {
				i = from + 1;
				continue;
			}
			const char *e = NULL;
			for (size_t q = from; q + 2 < n;) {
				const char *m = memchr(s + q, '-', n - q - 2);
				if (!m)
					break;
				if (m[1] == '-' && m[2] == '>') {
					e = m;
					break;
				}
				q = (size_t)(m - s) + 1;
			}
			i = e ? (size_t)(e - s) + 3 : n;
		} else if (c == '!' || c == '?' || c == '/') {
			const char *gt = memchr(s + j + 1, '>', n - j - 1);
			i = gt ? (size_t)(gt - s) + 1 : n;
		} else {
			text_run(&p, "<", 1);
			i = j + 1;
		}
	}
	p.final = true;
	pop_to(&p, 1);
	flush(&p);
	tk_buf_free(&p.href);
	tk_buf_free(&p.tmp);
}

const char *tk_hblocks_meta(const struct tk_hblocks *d, const char *key,
                            size_t *len)
{
	size_t kl = strlen(key);
	for (size_t i = 0; i < d->nmeta; i++) {
		const struct tk_hb_meta *m = &d->meta[i];
		if (m->key_len == kl &&
		    memcmp(d->metatext.data + m->key_off, key, kl) == 0) {
			if (len)
				*len = m->val_len;
			return d->metatext.data + m->val_off;
		}
	}
	return NULL;
}
