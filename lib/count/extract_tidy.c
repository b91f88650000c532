/* extract_tidy.c - the edges of the chosen article (tk_extract_tidy() of
 * extract_impl.h): headings that head nothing, the comments, trackbacks
 * and related links that follow an article, bylines and date lines,
 * repeated blocks, and a closing tail of short lines. */
#include "extract_impl.h"
#include "base/hash.h"
#include "base/xalloc.h"
#include "text/htmltags.h"

#include <stdlib.h>
#include <string.h>

/* Is block b of d one to drop? */
typedef bool block_test(const struct tk_extractor *x,
                        const struct tk_hblocks *d, size_t b);

/* The length of pat (lower-case) when s[0..n) starts with it, ASCII
 * letters of s in any case; else 0. */
static size_t starts_nocase(const char *s, size_t n, const char *pat)
{
	size_t m = strlen(pat);
	if (m > n)
		return 0;
	for (size_t k = 0; k < m; k++)
		if (tk_html_lower((unsigned char)s[k]) != (unsigned char)pat[k])
			return 0;
	return m;
}

/* A copyright line; at the end of the article, the short lines
 * without a stop word after its last prose (credits, dates, share and
 * tag lines). */
static void trim_tail(struct tk_extractor *x, const struct tk_hblocks *d,
                      int lang)
{
	for (size_t b = 0; b < d->nblocks; b++) {
		const struct tk_hb_block *bl = &d->blocks[b];
		if (x->blocks[b].keep && x->blocks[b].chars < 200 &&
		    tk_ex_contains(d->text.data + bl->off, bl->len, "\xC2\xA9", 2))
			x->blocks[b].keep = false;
	}
	for (size_t b = d->nblocks; b-- > 0;) {
		struct block_info *bi = &x->blocks[b];
		if (!bi->keep)
			continue;
		if (d->blocks[b].kind == TK_HB_CELL || bi->chars >= TAIL_SHORT ||
		    (lang >= 0 ? bi->stops > 0 : bi->words > 4))
			break;
		bi->keep = false;
	}
}

/* Readability's byline test (class, id or role naming the author) and
 * the names publishing systems give date lines: a short block (at most
 * BYLINE_CHARS characters) in such an element, or in its parent, is
 * the byline or date, not the article's text, when that element is
 * small (at most BYLINE_BOX characters: not a box holding the article).
 * The author and date are in --format=jsonl's fields. */
static const char *const byline_pats[] = {
	"byline", "author", "dateline", "timestamp", "pubdate", "publish",
	"posted", "entry-date", "post-date", "article-date", "entry-meta",
	"post-meta", "article-meta", "post-info", "meta-info", NULL
};

static bool byline_node(const struct tk_extractor *x,
                        const struct tk_hblocks *d, int32_t n)
{
	for (int up = 0; n >= 0 && up < 2; up++, n = d->nodes[n].parent) {
		const struct tk_hb_node *nd = &d->nodes[n];
		if (x->nodes[n].chars > BYLINE_BOX)
			return false;
		if (nd->hint_len && tk_ex_has_any(d->hints.data + nd->hint_off,
		                                  nd->hint_len, byline_pats))
			return true;
	}
	return false;
}

/* Drop each kept block, not of kind skip, of at most max characters,
 * that is(x, d, b). */
static void drop_short(struct tk_extractor *x, const struct tk_hblocks *d,
                       int skip, size_t max, block_test *is)
{
	for (size_t b = 0; b < d->nblocks; b++)
		if (x->blocks[b].keep && (int)d->blocks[b].kind != skip &&
		    x->blocks[b].chars <= max && is(x, d, b))
			x->blocks[b].keep = false;
}

static bool byline_block(const struct tk_extractor *x,
                         const struct tk_hblocks *d, size_t b)
{
	return byline_node(x, d, d->blocks[b].node);
}

/* A short line that starts as bylines and date lines do ("By Ann
 * Writer", "Posted on 2 May 2026 by ann", in the languages of the stop
 * lists), among the first or last BYTEXT_EDGE kept blocks: after a
 * word of naming, a capital letter and no full stop at the end; after
 * a word of posting, a digit or "by" somewhere on the line. */
static const struct {
	const char *word;
	bool naming;
} by_starts[] = {
	{ "By ", true }, { "BY ", true }, { "Written by ", true },
	{ "Par ", true }, { "Por ", true }, { "Von ", true },
	{ "Posted", false }, { "Published", false }, { "Updated", false },
	{ "Veröffentlicht", false }, { "Publié", false },
	{ "Publicado", false }, { "Pubblicato", false },
};

static bool byline_text(const char *s, size_t n)
{
	for (size_t i = 0; i < TK_LEN(by_starts); i++) {
		const char *w = by_starts[i].word;
		size_t l = strlen(w);
		if (n <= l || memcmp(s, w, l) != 0)
			continue;
		unsigned char c = (unsigned char)s[l], last = (unsigned char)s[n - 1];
		if (by_starts[i].naming)
			return ((c >= 'A' && c <= 'Z') || c >= 0x80) &&
			       last != '.' && last != '!' && last != '?';
		if (c != ' ' && c != ':')
			return false;
		for (size_t k = l; k < n; k++)
			if ((s[k] >= '0' && s[k] <= '9') ||
			    (k + 3 <= n && memcmp(s + k, "by ", 3) == 0))
				return true;
		return false;
	}
	return false;
}

/* Drop the blocks that is(x, d, b) among the first `first` kept blocks,
 * then among the last `last` kept blocks. */
static void drop_at_edges(struct tk_extractor *x, const struct tk_hblocks *d,
                          unsigned first, unsigned last, block_test *is)
{
	unsigned seen = 0;
	for (size_t b = 0; b < d->nblocks && seen < first; b++)
		if (x->blocks[b].keep) {
			seen++;
			x->blocks[b].keep = !is(x, d, b);
		}
	seen = 0;
	for (size_t b = d->nblocks; b-- > 0 && seen < last;)
		if (x->blocks[b].keep) {
			seen++;
			x->blocks[b].keep = !is(x, d, b);
		}
}

static bool bytext_block(const struct tk_extractor *x,
                         const struct tk_hblocks *d, size_t b)
{
	const struct tk_hb_block *bl = &d->blocks[b];
	return (bl->kind == TK_HB_PARA || bl->kind == TK_HB_TEXT) &&
	       x->blocks[b].chars <= BYTEXT_CHARS &&
	       byline_text(d->text.data + bl->off, bl->len);
}

/* A call to follow the site, subscribe or join, at the end of an
 * article ("Follow us on Twitter", "Subscribe to our newsletter",
 * "Síguenos en Telegram"): an imperative that starts a word and a
 * channel, matched without regard to ASCII case. */
static const char *const promo_acts[] = {
	"follow ", "subscribe", "sign up", "signing up", "join ", "download ",
	"s\xC3\xADguenos", "siguenos", "seguir a ", "suscr\xC3\xAD" "bete",
	"suscribete", "suscribirse", "\xC3\xBAnete", "\xC3\x9Anete",
	"hazte ", "folgen sie", "folge uns", "abonnieren", "abonnez",
	"suivez", "inscreva", "assine", "siga ", "obserwuj", "subskrybuj",
	"zapraszamy", NULL
};
static const char *const promo_channels[] = {
	"twitter", "facebook", "instagram", "telegram", "whatsapp",
	"youtube", "linkedin", "pinterest", "tiktok", "google+",
	"newsletter", "email updates", "e-mail updates", " apps ", " app ",
	" app.", "edition", "miembro", "subskrypcj", NULL
};

/* A request to rate the article ("Was this article helpful?"), alone. */
static const char *const promo_asks[] = {
	"rate this article", "rate this post", "was this article helpful",
	"was this page helpful", "was this helpful", "did you find this article",
	"how useful was this", "bewerten sie diesen", "war dieser artikel",
	"war dieser beitrag", "cet article vous a-t-il",
	"\xC2\xBFte ha resultado \xC3\xBAtil", "czy ten artyku\xC5\x82",
	"questo articolo ti \xC3\xA8 stato", NULL
};

/* Does h[0..hn) hold pat (lowercase) at a word's start, ASCII letters
 * of h in any case? */
static bool has_word_nocase(const char *h, size_t hn, const char *pat)
{
	for (size_t i = 0; i < hn; i++) {
		if (i > 0 && pat[0] != ' ' &&
		    (((unsigned char)h[i - 1] | 0x20) >= 'a' &&
		     ((unsigned char)h[i - 1] | 0x20) <= 'z'))
			continue;
		if (starts_nocase(h + i, hn - i, pat))
			return true;
	}
	return false;
}

static bool has_any_word(const char *h, size_t hn, const char *const *pats)
{
	for (; *pats; pats++)
		if (has_word_nocase(h, hn, *pats))
			return true;
	return false;
}

static bool promo_block(const struct tk_extractor *x,
                        const struct tk_hblocks *d, size_t b)
{
	const struct tk_hb_block *bl = &d->blocks[b];
	const char *t = d->text.data + bl->off;
	return bl->kind != TK_HB_CELL && x->blocks[b].chars <= PROMO_CHARS &&
	       ((has_any_word(t, bl->len, promo_acts) &&
	         has_any_word(t, bl->len, promo_channels)) ||
	        has_any_word(t, bl->len, promo_asks));
}

/* A disclaimer at either end of an article: affiliate links, paid
 * placement, opinions that are not the site's ("This post may contain
 * affiliate links", "We may receive compensation", "Opinions expressed
 * are not necessarily those of ..."). */
static const char *const disclaimers[] = {
	"affiliate link", "affiliate-link", "liens affili\xC3\xA9s",
	"lien affili\xC3\xA9", "enlaces de afiliados", "link di affiliazione",
	"earn a commission", "earn from qualifying purchases",
	"receive compensation", "may be compensated", "advertiser disclosure",
	"advertising disclosure", "references to products from",
	"opinions expressed", "views expressed", "not necessarily reflect",
	NULL
};

static bool disclaimer_block(const struct tk_extractor *x,
                             const struct tk_hblocks *d, size_t b)
{
	const struct tk_hb_block *bl = &d->blocks[b];
	return bl->kind != TK_HB_CELL && x->blocks[b].chars <= DISCLAIMER_CHARS &&
	       has_any_word(d->text.data + bl->off, bl->len, disclaimers);
}

/* A credit line of a picture or chart, anywhere in the article: a
 * short block (at most CREDIT_CHARS characters) that starts, maybe
 * after "(", with a label and a colon ("Foto: Ann Writer", "(Image
 * credit: Best Buy)", "Crédit photo : KB", "Źródło: GUS"), or that is
 * only the name of a picture agency ("Shutterstock"). */
static const char *const credit_labels[] = {
	"foto", "fotos", "fot.", "photo", "photos", "bild", "image", "imagen",
	"imagem", "immagine", "quelle", "source", "fuente", "fonte", "credit",
	"credits", "cr\xC3\xA9" "dit", "cr\xC3\xA9" "dito", "image credit",
	"photo credit", "photo credits", "cr\xC3\xA9" "dit photo",
	"\xC5\xBAr\xC3\xB3" "d\xC5\x82o", "\xC5\xB9r\xC3\xB3" "d\xC5\x82o",
	"zdj\xC4\x99" "cie", "image copyright", "copyright", NULL
};
static const char *const credit_agencies[] = {
	"shutterstock", "getty images", "istock", "reuters", "afp", "dpa",
	NULL
};

static bool credit_line(const char *s, size_t n)
{
	if (n && s[0] == '(')
		s++, n--;
	for (const char *const *p = credit_agencies; *p; p++)
		if (starts_nocase(s, n, *p) == n)
			return true;
	for (const char *const *p = credit_labels; *p; p++) {
		size_t m = starts_nocase(s, n, *p);
		if (!m)
			continue;
		while (m < n && s[m] == ' ')
			m++;
		if (m < n && s[m] == ':')
			return true;
	}
	return false;
}

/* The label of an advertisement or of the place one interrupts the
 * article, a block of its own anywhere in it ("Advertisement",
 * "Anzeige", "Story continues below advertisement"), matched whole. */
static const char *const ad_labels[] = {
	"advertisement", "advertising", "ad", "ads", "sponsored", "anzeige",
	"werbung", "publicidad", "publicit\xC3\xA9", "pubblicit\xC3\xA0",
	"publicidade", "advertentie", "reklama", "mainos", "annons",
	"\xD1\x80\xD0\xB5\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xBC\xD0\xB0",
	"\xD0\xA0\xD0\x95\xD0\x9A\xD0\x9B\xD0\x90\xD0\x9C\xD0\x90",
	"\xD0\xA0\xD0\xB5\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xBC\xD0\xB0",
	"story continues below advertisement",
	"article continues below advertisement", "article continues below",
	"continue reading below", "continue reading the main story",
	"scroll to continue with content", "weiterlesen nach der anzeige",
	NULL
};

static bool ad_block(const struct tk_extractor *x,
                     const struct tk_hblocks *d, size_t b)
{
	(void)x;
	const char *s = d->text.data + d->blocks[b].off;
	size_t n = d->blocks[b].len;
	while (n && (s[n - 1] == ' ' || s[n - 1] == ':' || s[n - 1] == '.'))
		n--;
	for (const char *const *p = ad_labels; *p; p++)
		if (starts_nocase(s, n, *p) == n && n)
			return true;
	return false;
}

static bool credit_block(const struct tk_extractor *x,
                         const struct tk_hblocks *d, size_t b)
{
	(void)x;
	return credit_line(d->text.data + d->blocks[b].off, d->blocks[b].len);
}

/* A kept block that repeats an earlier kept one (a page that holds its
 * article twice, a repeated "Advertisement" line) is dropped; table
 * cells may repeat. */
static void drop_repeats(struct tk_extractor *x, const struct tk_hblocks *d)
{
	size_t cap = 16;
	while (cap < d->nblocks * 2)
		cap *= 2;
	uint64_t *seen = xcalloc(cap, sizeof *seen);
	for (size_t b = 0; b < d->nblocks; b++) {
		const struct tk_hb_block *bl = &d->blocks[b];
		if (!x->blocks[b].keep || bl->kind == TK_HB_CELL)
			continue;
		const char *t = d->text.data + bl->off;
		uint64_t h = tk_hash_bytes(t, bl->len, 0x51ed27) | 1;
		size_t i = (size_t)h & (cap - 1);
		while (seen[i] && seen[i] != h)
			i = (i + 1) & (cap - 1);
		if (seen[i] == h)
			x->blocks[b].keep = false;
		seen[i] = h;
	}
	free(seen);
}

/* Headings of what follows an article: its comments, trackbacks and
 * related links (the start of the heading's text, lower-cased, after
 * any count, up to the end of a word). */
static const char *const tail_heads[] = {
	"comment", "comments", "responses", "response", "reply", "replies",
	"leave a ", "post a ", "add a ", "join the discussion",
	"discussion", "trackback", "pingback", "related ", "similar ",
	"you may also", "you might also", "more from", "more stories",
	"more articles", "more news", "recommended", "popular", "most read",
	"share this", "read more", "read next", "kommentar", "kommentare",
	"leserkommentare", "commentaires", "comentarios", "komentarze",
	"ähnliche", "mehr zum",
	"lesen sie auch", "das könnte", "articles similaires", "à lire aussi",
	"te puede interesar", "noticias relacionadas", "leia também",
	"artigos relacionados", "notizie correlate", NULL
};

/* Does the heading b open the article's appendix? */
static bool tail_heading(const struct tk_hblocks *d, size_t b)
{
	const struct tk_hb_block *bl = &d->blocks[b];
	const unsigned char *s = (const unsigned char *)d->text.data + bl->off;
	size_t n = bl->len, i = 0;
	if (n > 80)
		return false;
	while (i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == ' ' ||
	                 s[i] == '(' || s[i] == '#'))
		i++;
	s += i;
	n -= i;
	for (const char *const *p = tail_heads; *p; p++) {
		size_t k = starts_nocase((const char *)s, n, *p);
		if (!k)
			continue;
		unsigned char next = k < n ? tk_html_lower(s[k]) : ' ';
		if ((*p)[k - 1] == ' ' || !((next >= 'a' && next <= 'z') ||
		                            next >= 0x80))
			return true;
	}
	return false;
}

/* A short line that ends in a colon ("Related posts:", "Photos:")
 * introduces what follows it, like a heading. */
static bool is_label(const struct tk_extractor *x, const struct tk_hblocks *d,
                     size_t b)
{
	const struct tk_hb_block *bl = &d->blocks[b];
	if (!LABEL_RULE || x->blocks[b].chars > LABEL_CHARS || bl->len < 2 ||
	    bl->kind == TK_HB_CELL)
		return false;
	const char *s = d->text.data + bl->off;
	return s[bl->len - 1] == ':';
}

/* The heading that states the page's title, when it comes shortly
 * before the article's first kept block, heads the article, with the
 * lead paragraphs between them (not the byline and date lines, nor
 * the captions, link lines and headings of what sits in between). */
static void keep_head(struct tk_extractor *x, const struct tk_hblocks *d)
{
	if (x->title_block < 0)
		return;
	size_t t = (size_t)x->title_block, first = 0;
	while (first < d->nblocks && !x->blocks[first].keep)
		first++;
	if (first == d->nblocks || first <= t || first - t > HEAD_BLOCKS)
		return;
	size_t chars = 0;
	for (size_t b = t + 1; b < first; b++)
		chars += x->blocks[b].chars;
	if (chars > HEAD_CHARS)
		return;
	x->blocks[t].keep = true;
	for (size_t b = t + 1; b < first; b++) {
		struct block_info *bi = &x->blocks[b];
		bi->keep = bi->chars >= HEAD_LEAD && bi->links * 2 <= bi->chars &&
		           d->blocks[b].kind != TK_HB_HEADING;
	}
}

void tk_extract_tidy(struct tk_extractor *x, const struct tk_hblocks *d,
                     int lang)
{
	/* A heading with no kept text after it heads nothing (a closing
	 * call to action), and one whose next block was dropped heads
	 * what was dropped (a list of related links). */
	bool text_after = false;
	for (size_t b = d->nblocks; b-- > 0;) {
		if (!x->blocks[b].keep)
			continue;
		if (d->blocks[b].kind != TK_HB_HEADING && !is_label(x, d, b)) {
			text_after = true;
			continue;
		}
		if (!text_after || (b + 1 < d->nblocks &&
		                    !x->blocks[b + 1].keep &&
		                    d->blocks[b + 1].kind != TK_HB_HEADING &&
		                    HEADING_RULE))
			x->blocks[b].keep = false;
	}
	if (d->is_html && HEAD_BLOCKS)
		keep_head(x, d);
	/* A heading of comments, trackbacks or related links ends the
	 * article: it goes with what follows it, up to a heading of its
	 * level or higher. */
	for (size_t b = 0; TAIL_HEADS && b < d->nblocks; b++) {
		const struct tk_hb_block *bl = &d->blocks[b];
		if (!x->blocks[b].keep || bl->kind != TK_HB_HEADING ||
		    (ptrdiff_t)b == x->title_block || !tail_heading(d, b))
			continue;
		x->blocks[b].keep = false;
		for (b++; b < d->nblocks; b++) {
			if (d->blocks[b].kind == TK_HB_HEADING &&
			    d->blocks[b].level <= bl->level &&
			    x->blocks[b].keep) {
				b--;
				break;
			}
			x->blocks[b].keep = false;
		}
	}
	if (d->is_html && BYLINE_CHARS)
		drop_short(x, d, TK_HB_HEADING, BYLINE_CHARS, byline_block);
	if (d->is_html && BYTEXT_EDGE)
		drop_at_edges(x, d, BYTEXT_EDGE, BYTEXT_EDGE, bytext_block);
	drop_repeats(x, d);
	if (DISCLAIMER_EDGE)
		drop_at_edges(x, d, DISCLAIMER_EDGE, DISCLAIMER_EDGE,
		              disclaimer_block);
	if (CREDIT_CHARS)
		drop_short(x, d, TK_HB_CELL, CREDIT_CHARS, credit_block);
	if (AD_CHARS)
		drop_short(x, d, -1, AD_CHARS, ad_block);
	if (d->is_html && TAIL_RULE)
		trim_tail(x, d, lang);
	/* after the tail: a call that ends a list of short lines (a list
	 * of names) must not leave them to trim_tail() */
	if (PROMO_EDGE)
		drop_at_edges(x, d, 0, PROMO_EDGE, promo_block);
}
