/* extract.c - choose the article's blocks and render them (see
 * extract.h for the method).
 *
 * Per page: features per block (characters, link characters, commas,
 * words, stop words), sums per element over its subtree, Readability's
 * candidate scoring on the element tree, then cleaning inside the chosen
 * element.  All arrays are per page and reused; nothing here is tuned to
 * one page: the constants are Readability's published ones unless a
 * comment says how they were measured on the development set. */
#include "extract_impl.h"
#include "base/hash.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>

struct tk_extractor *tk_extractor_new(void)
{
	struct tk_extractor *x = xcalloc(1, sizeof *x);
	tk_exlang_init(&x->lang);
	tk_pagemeta_init(&x->meta);
	tk_hblocks_init(&x->alt);
	return x;
}

void tk_extractor_free(struct tk_extractor *x)
{
	if (!x)
		return;
	tk_exlang_free(&x->lang);
	free(x->nodes);
	free(x->blocks);
	tk_pagemeta_free(&x->meta);
	tk_buf_free(&x->tmp);
	tk_buf_free(&x->body);
	tk_hblocks_free(&x->alt);
	free(x);
}

/* --- features ---------------------------------------------------------- */

static size_t count_chars(const char *s, size_t n)
{
	size_t c = 0;
	for (size_t i = 0; i < n; i++)
		c += ((unsigned char)s[i] & 0xC0) != 0x80;
	return c;
}

static size_t count_commas(const char *s, size_t n)
{
	size_t c = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char b = (unsigned char)s[i];
		if (b == ',')
			c++;
		else if (b >= 0xD8 && i + 2 < n &&
		         ((b == 0xD8 && (unsigned char)s[i + 1] == 0x8C) ||
		          (b == 0xE3 && (unsigned char)s[i + 1] == 0x80 &&
		           (unsigned char)s[i + 2] == 0x81) ||
		          (b == 0xEF && (unsigned char)s[i + 1] == 0xBC &&
		           (unsigned char)s[i + 2] == 0x8C)))
			c++;
	}
	return c;
}

/* --- class weights ----------------------------------------------------- */

/* Readability's patterns (unlikelyCandidates, okMaybeItsACandidate,
 * positive, negative), plus the boilerplate names of current sites and
 * of the box about the author after an article. */
static const char *const unlikely_pats[] = {
	"-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment",
	"community", "cover-wrap", "disqus", "extra", "footer", "gdpr",
	"header", "legends", "menu", "related", "remark", "replies", "rss",
	"shoutbox", "sidebar", "skyscraper", "social", "sponsor",
	"supplemental", "ad-break", "agegate", "pagination", "pager",
	"popup", "yom-remote", "cookie", "consent", "newsletter", "share",
	"sharing", "subscribe", "promo", "navigation", "navbar", "masthead",
	"recommend", "outbrain", "taboola", "signup", "postmeta",
	"author-bio", "author-box", "authorbox", "about-author",
	"author-info", "author-description", "author_info", "authorbio",
	NULL
};
static const char *const maybe_pats[] = {
	"and", "article", "body", "column", "content", "main", "shadow",
	NULL
};
static const char *const positive_pats[] = {
	"article", "body", "content", "entry", "hentry", "h-entry", "main",
	"page", "pagination", "post", "text", "blog", "story", NULL
};
static const char *const negative_pats[] = {
	"-ad-", "hidden", "banner", "combx", "comment", "com-", "contact",
	"foot", "footer", "footnote", "gdpr", "masthead", "media", "meta",
	"outbrain", "promo", "related", "scroll", "share", "shoutbox",
	"sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool",
	"widget", NULL
};

/* The names of article bodies in common publishing systems and in
 * schema.org (itemprop articleBody). */
static const char *const body_pats[] = {
	"articlebody", "article-body", "article_body", "entry-content",
	"post-content", "post-body", "story-body", "storybody",
	"article-content", "article__body", "postbody", NULL
};

static int class_weight(const char *h, size_t n)
{
	int w = 0;
	if (n == 0)
		return 0;
	if (tk_ex_has_any(h, n, body_pats))
		w += BODY_WEIGHT;
	if (tk_ex_has_any(h, n, negative_pats))
		w -= 25;
	if (tk_ex_has_any(h, n, positive_pats))
		w += 25;
	return w;
}

/* 0: a likely place for the article; 1: unlikely (navigation, share
 * boxes, headers ...), unless its subtree holds most of the page's
 * prose; 2: never the article (comments, footers, asides). */
static int unlikely_node(const struct tk_hb_node *nd, const char *h,
                         size_t n)
{
	switch (nd->tag) {
	case TK_TAG_NAV: case TK_TAG_ASIDE: case TK_TAG_FOOTER:
	case TK_TAG_MENU:
		return 2;
	case TK_TAG_BODY: case TK_TAG_ARTICLE: case TK_TAG_MAIN:
	case TK_TAG_A: case TK_TAG_ROOT:
		return 0;
	default:
		break;
	}
	if (n == 0)
		return 0;
	static const char *const roles[] = { "navigation", "contentinfo",
		"complementary", "menu", "dialog", "alertdialog", NULL };
	if (tk_ex_has_any(h, n, roles))
		return 2;
	static const char *const comments[] = { "comment", "disqus",
		"respond", "replies", NULL };
	static const char *const not_comments[] = { "commentary", "article",
		"content", "main", NULL };
	if (tk_ex_has_any(h, n, comments) &&
	    !tk_ex_has_any(h, n, not_comments))
		return 2;
	return tk_ex_has_any(h, n, unlikely_pats) &&
	       !tk_ex_has_any(h, n, maybe_pats);
}

static int tag_score(unsigned tag)
{
	switch (tag) {
	case TK_TAG_DIV: return 5;
	case TK_TAG_PRE: case TK_TAG_TD: case TK_TAG_BLOCKQUOTE: return 3;
	case TK_TAG_ADDRESS: case TK_TAG_OL: case TK_TAG_UL: case TK_TAG_DL:
	case TK_TAG_DD: case TK_TAG_DT: case TK_TAG_LI: case TK_TAG_FORM:
		return -3;
	case TK_TAG_H1: case TK_TAG_H2: case TK_TAG_H3: case TK_TAG_H4:
	case TK_TAG_H5: case TK_TAG_H6: case TK_TAG_TH:
		return -5;
	default: return 0;
	}
}

/* --- choosing the article ---------------------------------------------- */

enum { F_STRIP_UNLIKELY = 1, F_WEIGHT_CLASSES = 2, F_CLEAN = 4 };

static double link_density(const struct node_info *ni)
{
	return ni->chars ? (double)ni->links / (double)ni->chars : 0.0;
}

static void init_score(struct node_info *ni, const struct tk_hb_node *nd,
                       int flags)
{
	if (ni->scored)
		return;
	ni->scored = true;
	ni->score = tag_score(nd->tag) +
	            ((flags & F_WEIGHT_CLASSES) ? ni->weight : 0) +
	            (ni->titled ? TITLE_BONUS : 0);
}

static bool para_like(unsigned kind)
{
	return kind == TK_HB_PARA || kind == TK_HB_TEXT ||
	       kind == TK_HB_QUOTE || kind == TK_HB_PRE ||
	       kind == TK_HB_CELL;
}

/* Would Readability's _cleanConditionally remove this element? */
static bool clean_out(const struct node_info *ni, unsigned tag, int flags)
{
	switch (tag) {
	case TK_TAG_FORM: case TK_TAG_FIELDSET: case TK_TAG_TABLE:
	case TK_TAG_UL: case TK_TAG_OL: case TK_TAG_DIV: case TK_TAG_SECTION:
	case TK_TAG_ASIDE: case TK_TAG_NAV: case TK_TAG_HEADER:
	case TK_TAG_FOOTER:
		break;
	default:
		return false;
	}
	int w = (flags & F_WEIGHT_CLASSES) ? ni->weight : 0;
	if (w < 0)
		return true;
	if (ni->commas >= 10)
		return false;
	double ld = link_density(ni);
	if (ni->items > ni->paras + 1 && tag != TK_TAG_UL && tag != TK_TAG_OL)
		return ld > 0.2;
	/* Readability keeps a list of the article up to half links;
	 * we, a list of sentences (not of short linked names) */
	bool list = (tag == TK_TAG_UL || tag == TK_TAG_OL) &&
	            ni->items && ni->chars >= ni->items * LIST_ITEM;
	if (w < 25 && ld > 0.2 && !(list && LIST_RULE))
		return true;
	if (list && LIST_RULE && ld > 0.5)
		return true;
	if (w >= 25 && ld > 0.5)
		return true;
	return false;
}

/* One attempt; returns the characters kept. */
static size_t choose(struct tk_extractor *x, const struct tk_hblocks *d,
                     int flags)
{
	size_t nn = d->nnodes;
	struct node_info *ni = x->nodes;
	for (size_t i = 0; i < nn; i++) {
		ni[i].score = 0;
		ni[i].scored = false;
		ni[i].kept = ni[i].dropped = false;
		const struct tk_hb_node *nd = &d->nodes[i];
		int u = (flags & F_STRIP_UNLIKELY) ?
		    unlikely_node(nd, d->hints.data + nd->hint_off,
		                  nd->hint_len) : 0;
		if (u == 1 && ni[i].prose0 * 2 > ni[0].prose0)
			u = 0;
		ni[i].unlikely = (nd->parent >= 0 && ni[nd->parent].unlikely) ||
		                 u > 0;
	}
	for (size_t i = 0; i < nn; i++)
		ni[i].vis = ni[i].prose = ni[i].vlinks = 0;
	/* Score paragraphs into their ancestors. */
	for (size_t b = 0; b < d->nblocks; b++) {
		const struct tk_hb_block *bl = &d->blocks[b];
		const struct block_info *bi = &x->blocks[b];
		if (!ni[bl->node].unlikely) {
			bool prose = para_like(bl->kind) && bi->chars >= 80 &&
			             bi->links * 4 < bi->chars;
			for (int32_t a = bl->node; a >= 0; a = d->nodes[a].parent) {
				ni[a].vis += bi->chars;
				ni[a].vlinks += bi->links;
				ni[a].prose += prose ? bi->chars : 0;
			}
		}
		if (ni[bl->node].unlikely || !para_like(bl->kind) ||
		    bi->chars < 25)
			continue;
		double s = 1.0 + (double)bi->commas +
		           (bi->chars / 100 < 3 ? (double)(bi->chars / 100) : 3.0);
		int32_t a = bl->node;
		if (bl->kind != TK_HB_TEXT && d->nodes[a].parent >= 0)
			a = d->nodes[a].parent;
		for (int level = 0; a > 0 && level < 5; level++) {
			init_score(&ni[a], &d->nodes[a], flags);
			ni[a].score += s / (level == 0 ? 1 : level == 1 ? 2
			                                 : level * 3);
			a = d->nodes[a].parent;
		}
	}
	int32_t top = -1;
	double best = 0;
	for (size_t i = 1; i < nn; i++) {
		if (!ni[i].scored)
			continue;
		ni[i].score *= 1.0 - (ni[i].vis ? (double)ni[i].vlinks /
		                                  (double)ni[i].vis : 0.0);
		if (top < 0 || ni[i].score > best) {
			top = (int32_t)i;
			best = ni[i].score;
		}
	}
	if (top < 0)
		top = 0;
	/* Readability: climbing from the candidate, the first scored
	 * ancestor that scores higher takes over, as long as the scores on
	 * the way stay above a third of the best. */
	int32_t par = d->nodes[top].parent;
	double last = ni[top].score;
	while (par > 0 && d->nodes[par].tag != TK_TAG_BODY) {
		if (ni[par].scored) {
			if (ni[par].score < best / 3)
				break;
			if (ni[par].score > last) {
				top = par;
				break;
			}
			last = ni[par].score;
		}
		par = d->nodes[par].parent;
	}
	/* Widen to the ancestor whose text outside the candidate is
	 * mostly prose paragraphs (a lead or a second column of the same
	 * article). */
	for (par = d->nodes[top].parent; par > 0 &&
	     d->nodes[par].tag != TK_TAG_BODY && !ni[par].unlikely;
	     par = d->nodes[par].parent) {
		size_t out = ni[par].vis - ni[top].vis;
		size_t prose = ni[par].prose - ni[top].prose;
		if (out == 0)
			continue;
		if (prose * 10 < out * EXPAND_PROSE)
			break;
		top = par;
	}
	/* Siblings join the candidate. */
	par = d->nodes[top].parent;
	double thresh = ni[top].score * 0.2 > 10 ? ni[top].score * 0.2 : 10;
	const struct tk_hb_node *tn = &d->nodes[top];
	for (size_t i = 0; i < nn; i++) {
		const struct tk_hb_node *nd = &d->nodes[i];
		bool join = (int32_t)i == top;
		if (!join && par >= 0 && nd->parent == par && !ni[i].unlikely) {
			double bonus = 0;
			if (tn->hint_len && nd->hint_len == tn->hint_len &&
			    memcmp(d->hints.data + nd->hint_off,
			           d->hints.data + tn->hint_off, tn->hint_len) == 0)
				bonus = ni[top].score * 0.2;
			if (ni[i].scored && ni[i].score + bonus >= thresh)
				join = true;
			else if (nd->tag == TK_TAG_P) {
				double ld = link_density(&ni[i]);
				if (ni[i].chars > 80 && ld < 0.25)
					join = true;
				else if (ni[i].chars > 0 && ni[i].chars <= 80 &&
				         ld == 0)
					join = true;
			}
		}
		if (join)
			ni[i].kept = true;
		else if (nd->parent >= 0 && ni[nd->parent].kept &&
		         !ni[i].unlikely)
			ni[i].kept = true;
		if (ni[i].kept && nd->parent >= 0 && ni[nd->parent].kept &&
		    (flags & F_CLEAN))
			ni[i].dropped = ni[nd->parent].dropped ||
			                clean_out(&ni[i], nd->tag, flags);
		else if (ni[i].kept && (flags & F_CLEAN) && nd->parent >= 0 &&
		         !ni[nd->parent].kept)
			ni[i].dropped = false;
	}
	size_t total = 0;
	for (size_t b = 0; b < d->nblocks; b++) {
		const struct tk_hb_block *bl = &d->blocks[b];
		struct block_info *bi = &x->blocks[b];
		const struct node_info *n = &ni[bl->node];
		bi->keep = n->kept && !n->dropped && !n->unlikely;
		if (!bi->keep)
			continue;
		/* A block that is mostly link text is navigation. */
		if (bi->links * 2 > bi->chars && (flags & F_CLEAN) &&
		    !(bl->kind == TK_HB_PARA &&
		      bi->chars - bi->links >= LINKPARA_TEXT))
			bi->keep = false;
		if (bl->kind == TK_HB_HEADING && (flags & F_WEIGHT_CLASSES) &&
		    n->weight < 0)
			bi->keep = false;
		if (bi->keep)
			total += bi->chars;
	}
	return total;
}

/* Mark the ancestors of the first h1/h2 that matches the page's title
 * (one holds the other), else of the page's only h1. */
static void mark_title(struct tk_extractor *x, const struct tk_hblocks *d)
{
	size_t tn = 0, on = 0;
	const char *t = tk_hblocks_meta(d, "title", &tn);
	const char *og = tk_hblocks_meta(d, "og:title", &on);
	int32_t found = -1, h1 = -1;
	size_t nh1 = 0;
	for (size_t b = 0; b < d->nblocks && found < 0; b++) {
		const struct tk_hb_block *bl = &d->blocks[b];
		if (bl->kind != TK_HB_HEADING || bl->level > 2)
			continue;
		if (bl->level == 1) {
			nh1++;
			h1 = bl->node;
		}
		const char *s = d->text.data + bl->off;
		if (bl->len < 10)
			continue;
		if ((t && (tk_ex_contains(t, tn, s, bl->len) ||
		           tk_ex_contains(s, bl->len, t, tn))) ||
		    (og && (tk_ex_contains(og, on, s, bl->len) ||
		            tk_ex_contains(s, bl->len, og, on))))
			found = bl->node;
	}
	if (found < 0 && nh1 == 1)
		found = h1;
	int k = 0;
	for (int32_t a = found; a >= 0 && k < TITLE_LEVELS;
	     a = d->nodes[a].parent, k++)
		x->nodes[a].titled = true;
}

/* s[0..n) as its words for comparing titles: ASCII letters lower-cased,
 * punctuation (ASCII, Latin-1's and General Punctuation's: quotes,
 * dashes, ellipses) as one space, a space at each end. */
static void title_words(const char *s, size_t n, struct tk_buf *out)
{
	tk_buf_clear(out);
	tk_buf_addc(out, ' ');
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		bool sep;
		if (c < 0x80) {
			sep = !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
			        (c >= 'A' && c <= 'Z'));
			c = (unsigned char)tk_html_lower(c);
		} else if (c == 0xC2 && i + 1 < n) {
			sep = true;
			i++;
		} else if (c == 0xE2 && i + 2 < n &&
		           ((unsigned char)s[i + 1] == 0x80 ||
		            (unsigned char)s[i + 1] == 0x81)) {
			sep = true;
			i += 2;
		} else {
			sep = false;
		}
		if (!sep)
			tk_buf_addc(out, (char)c);
		else if (out->data[out->len - 1] != ' ')
			tk_buf_addc(out, ' ');
	}
	if (out->data[out->len - 1] != ' ')
		tk_buf_addc(out, ' ');
}

/* Does the heading h (as title_words) state the title t (raw)? One
 * holds the other and the shorter is at least half the longer (not
 * the site's name alone). */
static bool states_title(struct tk_extractor *x, const struct tk_buf *h,
                         const char *t, size_t tn)
{
	if (!t || tn == 0)
		return false;
	title_words(t, tn, &x->tmp);
	const char *a = h->data, *b = x->tmp.data;
	size_t an = h->len, bn = x->tmp.len;
	if (an < 8 || bn < 8 || (an < bn ? an * 2 < bn : bn * 2 < an))
		return false;
	return an < bn ? tk_ex_contains(b, bn, a, an)
	               : tk_ex_contains(a, an, b, bn);
}

/* The first heading (h1 to h3) that states the page's title (its
 * og:title, JSON-LD headline or <title>) into x->title_block, or -1;
 * on a text page without metadata, its first Markdown heading of
 * level 1 ("# Title"), which becomes the title too. */
static void find_title_block(struct tk_extractor *x,
                             const struct tk_hblocks *d)
{
	size_t tn = 0;
	const char *t = tk_hblocks_meta(d, "title", &tn);
	struct tk_buf h = { 0 };
	x->title_block = -1;
	if (!d->is_html && !x->meta.title.len && !tn) {
		/* a Markdown page's first "# Title" is its title */
		for (size_t b = 0; b < d->nblocks; b++) {
			const struct tk_hb_block *bl = &d->blocks[b];
			if (bl->kind == TK_HB_HEADING && bl->level == 1) {
				x->title_block = (ptrdiff_t)b;
				tk_buf_add(&x->meta.title,
				           d->text.data + bl->off, bl->len);
				return;
			}
		}
	}
	for (size_t b = 0; b < d->nblocks; b++) {
		const struct tk_hb_block *bl = &d->blocks[b];
		if (bl->kind != TK_HB_HEADING || bl->level > 3)
			continue;
		title_words(d->text.data + bl->off, bl->len, &h);
		if (states_title(x, &h, x->meta.title.data, x->meta.title.len) ||
		    states_title(x, &h, t, tn)) {
			x->title_block = (ptrdiff_t)b;
			break;
		}
	}
	tk_buf_free(&h);
}

/* The page's JSON-LD articleBody replaces our choice when we kept less
 * than BODY_FALLBACK tenths of its text (the article is built by script, or our
 * choice went wrong); its line breaks separate blocks. */
static bool use_body(struct tk_extractor *x, const struct tk_hblocks *d,
                     size_t kept_chars)
{
	tk_buf_clear(&x->tmp);
	if (!tk_pagemeta_article_body(d, &x->tmp))
		return false;
	size_t n = count_chars(x->tmp.data, x->tmp.len);
	if (n < 200 || kept_chars * 10 >= n * BODY_FALLBACK)
		return false;
	tk_buf_clear(&x->body);
	for (size_t i = 0; i < x->tmp.len; i++) {
		if (x->tmp.data[i] == '\n')
			tk_buf_adds(&x->body, "<br>");
		else
			tk_buf_addc(&x->body, x->tmp.data[i]);
	}
	x->alt.links = d->links;
	tk_hblocks_parse_html(&x->alt, x->body.data, x->body.len);
	return x->alt.nblocks > 0;
}

/* Text pages: the jusText classification, smoothed. */
static void classify_text(struct tk_extractor *x, const struct tk_hblocks *d,
                          int lang)
{
	enum { BAD, SHORT, NEAR, GOOD };
	size_t n = d->nblocks;
	uint8_t *cls = xmalloc(n ? n : 1);
	for (size_t b = 0; b < n; b++) {
		const struct block_info *bi = &x->blocks[b];
		double sd = bi->words ? (double)bi->stops / (double)bi->words : 0;
		double ld = bi->chars ? (double)bi->links / (double)bi->chars : 0;
		uint8_t c;
		if (ld > 0.2)
			c = BAD;
		else if (bi->chars < 70)
			c = bi->links ? BAD : SHORT;
		else if (lang < 0)
			c = bi->chars > 200 ? GOOD : NEAR;
		else if (sd >= 0.32)
			c = bi->chars > 200 ? GOOD : NEAR;
		else if (sd >= 0.30)
			c = NEAR;
		else
			c = BAD;
		if (d->blocks[b].kind == TK_HB_HEADING && c == BAD && ld <= 0.2)
			c = SHORT;
		cls[b] = c;
	}
	/* Short and near-good blocks take the class of their nearest
	 * good or bad neighbours (two linear passes). */
	uint8_t *prev = xmalloc(n ? n : 1), *next = xmalloc(n ? n : 1);
	uint8_t last = BAD;
	for (size_t b = 0; b < n; b++) {
		prev[b] = last;
		if (cls[b] == GOOD || cls[b] == BAD)
			last = cls[b];
	}
	last = BAD;
	for (size_t b = n; b-- > 0;) {
		next[b] = last;
		if (cls[b] == GOOD || cls[b] == BAD)
			last = cls[b];
	}
	for (size_t b = 0; b < n; b++) {
		if (cls[b] == GOOD || cls[b] == BAD)
			continue;
		bool keep = cls[b] == NEAR ? (prev[b] == GOOD || next[b] == GOOD)
		                           : (prev[b] == GOOD && next[b] == GOOD) ||
		                             (d->blocks[b].kind == TK_HB_HEADING &&
		                              next[b] == GOOD);
		x->blocks[b].keep = keep;
	}
	free(prev);
	free(next);
	bool any = false;
	for (size_t b = 0; b < n; b++) {
		if (cls[b] == GOOD)
			x->blocks[b].keep = true;
		else if (cls[b] == BAD)
			x->blocks[b].keep = false;
		any |= x->blocks[b].keep;
	}
	/* Nothing stands out as the article (a short note, a list): all
	 * but the bad blocks are the text. */
	for (size_t b = 0; !any && b < n; b++)
		x->blocks[b].keep = cls[b] != BAD;
	free(cls);
}

size_t tk_extract(struct tk_extractor *x, const struct tk_hblocks *d,
                  const struct tk_extract_opts *o, struct tk_buf *out)
{
	tk_buf_clear(out);
	if (d->nnodes > x->capnodes) {
		x->capnodes = d->nnodes;
		free(x->nodes);
		x->nodes = xnmalloc(x->capnodes, sizeof *x->nodes);
	}
	if (d->nblocks > x->capblocks) {
		x->capblocks = d->nblocks;
		free(x->blocks);
		x->blocks = xnmalloc(x->capblocks, sizeof *x->blocks);
	}
	int lang = tk_exlang_pick(&x->lang, d, o->lang);
	if (d->nnodes) /* nodes is NULL while no page had any */
		memset(x->nodes, 0, d->nnodes * sizeof *x->nodes);
	for (size_t i = 0; i < d->nnodes; i++) {
		const struct tk_hb_node *nd = &d->nodes[i];
		x->nodes[i].weight = nd->hint_len
		        ? class_weight(d->hints.data + nd->hint_off, nd->hint_len)
		        : 0; /* hints.data is NULL on a page without any */
		if (nd->tag == TK_TAG_ARTICLE || nd->tag == TK_TAG_MAIN)
			x->nodes[i].weight += 25;
	}
	for (size_t b = 0; b < d->nblocks; b++) {
		const struct tk_hb_block *bl = &d->blocks[b];
		struct block_info *bi = &x->blocks[b];
		const char *s = d->text.data + bl->off;
		bi->chars = count_chars(s, bl->len);
		bi->links = bl->link_len < bl->len ? bl->link_len : bl->len;
		bi->chars -= bl->url_len < bi->chars ? bl->url_len : 0;
		if (bi->links > bi->chars)
			bi->links = bi->chars;
		bi->commas = count_commas(s, bl->len);
		tk_exlang_count(&x->lang, lang, s, bl->len, &bi->words, &bi->stops);
		bool prose = para_like(bl->kind) && bi->chars >= 80 &&
		             bi->links * 4 < bi->chars;
		for (int32_t a = bl->node; a >= 0; a = d->nodes[a].parent) {
			struct node_info *n = &x->nodes[a];
			n->prose0 += prose ? bi->chars : 0;
			n->chars += bi->chars;
			n->links += bi->links;
			n->commas += bi->commas;
			n->paras += bl->kind == TK_HB_PARA;
			n->items += bl->kind == TK_HB_ITEM;
			n->heads += bl->kind == TK_HB_HEADING;
		}
	}
	tk_pagemeta_get(&x->meta, d);
	mark_title(x, d);
	find_title_block(x, d);
	if (d->is_html) {
		static const int tries[] = {
			F_STRIP_UNLIKELY | F_WEIGHT_CLASSES | F_CLEAN,
			F_WEIGHT_CLASSES | F_CLEAN, F_CLEAN, 0,
		};
		/* A later, looser attempt wins only with twice the text. */
		size_t best = 0;
		int best_try = tries[0], last = -1;
		for (size_t t = 0; t < TK_LEN(tries) && best < 250; t++) {
			size_t got = choose(x, d, tries[t]);
			last = tries[t];
			if (t == 0 || got > 2 * best) {
				best = got;
				best_try = tries[t];
			}
		}
		if (last != best_try)
			choose(x, d, best_try);
	} else {
		classify_text(x, d, lang);
	}
	tk_extract_tidy(x, d, lang);
	size_t kept = 0, kept_chars = 0;
	for (size_t b = 0; b < d->nblocks; b++) {
		struct block_info *bi = &x->blocks[b];
		unsigned kind = d->blocks[b].kind;
		if (bi->keep && bi->chars < o->min_length &&
		    kind != TK_HB_HEADING && kind != TK_HB_CELL)
			bi->keep = false;
		kept += bi->keep;
		kept_chars += bi->keep ? bi->chars : 0;
	}
	const struct tk_hblocks *shown = d;
	const struct block_info *keep = x->blocks;
	if (d->is_html && use_body(x, d, kept_chars)) {
		shown = &x->alt;
		keep = NULL;
		kept = x->alt.nblocks;
	}
	tk_extract_render(x, shown, keep, o, lang, out);
	return kept;
}
