/* kwic.c - the concordance: a window of the document's text, pending
 * hits, contexts cut to display columns, and the three output formats
 * (see kwic.h).
 *
 * Positions are absolute within the document (0 at its first byte, a
 * line break kept as one '\n'); text.data[0] is at `origin`, and the
 * text up to `done` is tokenized (the rest is the carried tail of a long
 * line, cut by tk_token_cut() as tokenize does).  Invariants: origin is
 * 0, the start of a token, or a character that no context reaches
 * back to (trim()); tok[] holds, in text order, the tokens from
 * one at or after origin on (while a long span is tokenized, the oldest
 * tokens go before the text they point into); pending hits end at or
 * after origin.
 *
 * A context is rendered from a span of the window that ends (left) or
 * starts (right) at the keyword, and then cut to the width by
 * lib/text/width at cluster boundaries.  The span's far end must be a
 * cluster boundary too: it is put at white space, between two ASCII
 * characters, or at a token's edge (boundary_after/_before).  The span
 * is span_bytes(width), enough for `width` columns of ordinary text, and
 * is widened while white space collapsed into one column or zero-width
 * marks leave the context short.  Hits are written as soon as `known`
 * is span_bytes(width) past them (and the words --tokens and --sort=nR
 * need are there), even in the middle of tokenizing a long span. */
#include "kwic.h"
#include "output.h"
#include "report.h"
#include "tsv.h"
#include "text/width.h"
#include "base/utf8.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>

const char *const tk_kwic_format_names[] = { "text", "tsv", "jsonl", NULL };
const char *const tk_kwic_sort_names[] = { "key", "1L", "2L", "3L",
                                           "1R", "2R", "3R", NULL };

void tk_kwic_sort_parse(int i, struct tk_kwic_opts *o)
{
	o->sort = i == 0 ? TK_KWIC_SORT_KEY : i <= 3 ? TK_KWIC_SORT_L
	                                             : TK_KWIC_SORT_R;
	o->sort_n = i == 0 ? 0 : (unsigned)(i <= 3 ? i : i - 3);
}

/* A hit waits for at most this much text after it, and no window grows
 * past WINDOW_MAX bytes: memory stays bounded whatever the input. */
enum { WAIT_MAX = 1u << 20, WINDOW_MAX = 8u << 20, TRIM_MIN = 64u << 10,
       CHUNK = 64u << 10, TOKENS_MAX = 1u << 16 };

/* Bytes that hold `cols` columns of ordinary text (a UTF-8 character
 * has at most 4 bytes and is at least one column, unless zero-width). */
static size_t span_bytes(size_t cols)
{
	return 4 * cols + 64;
}

struct wtok {
	uint64_t start, end; /* document positions */
	uint64_t off;        /* byte offset of start in its file */
	uint64_t cum;        /* word tokens up to and including this one */
	bool word;
};

/* The strings of a hit, in `s` one after the other. */
enum { S_LEFT, S_KW, S_RIGHT, S_KEY, S_WORD, S_N };

struct hit {
	uint64_t kw_start, kw_end; /* document positions */
	uint64_t words;            /* word tokens up to the keyword's end */
	uint64_t offset;
	const char *file;
	struct tk_buf s;
	size_t len[S_N];
};

struct stored {
	uint64_t seq, offset;
	const char *file;
	size_t pos;          /* of its strings in the store */
	const char *str;     /* store.data + pos, once the store is full */
	size_t len[S_N];
};

struct tk_kwic {
	struct tk_kwic_opts o;
	struct tk_tokmatch *m;
	struct tk_tokenizer *tz;
	/* the window */
	struct tk_buf text;
	uint64_t origin, done;
	uint64_t known;      /* tokens are known up to here (done, or the
	                      * end of the last token while tokenizing) */
	uint64_t last_end;   /* of the last token, or 0 */
	struct wtok *tok;
	size_t ntok, captok;
	uint64_t nwords;
	uint64_t delta;      /* file offset - document position, this line */
	uint64_t file_base;  /* stream offset of the file's first byte */
	uint64_t span_pos;   /* position of the span being tokenized */
	bool in_line;        /* a piece of the current line was read */
	bool need_sep;       /* a line ended: '\n' before the next one */
	const char *file;
	bool warned;
	/* pending hits: a ring */
	struct hit *ring;
	size_t rcap, rhead, rcount;
	size_t need_words;   /* words after a hit before it is written */
	/* sorting */
	struct stored *hits;
	size_t nhits, caphits;
	struct tk_buf store;
	/* scratch */
	struct tk_buf r1, r2, wtmp;
	char term;
};

/* --- rendering ----------------------------------------------------- */

static bool blank(unsigned char c)
{
	return c <= 0x20 || c == 0x7f;
}

/* s[0..n) with each run of white space and control characters as one
 * space, appended to out. */
static void render(const char *s, size_t n, struct tk_buf *out)
{
	tk_buf_reserve(out, n);
	char *d = out->data + out->len;
	size_t i = 0;
	while (i < n) {
		unsigned char c = (unsigned char)s[i++];
		if (!blank(c)) {
			*d++ = (char)c;
			continue;
		}
		*d++ = ' ';
		while (i < n && blank((unsigned char)s[i]))
			i++;
	}
	out->len = (size_t)(d - out->data);
}

static const char *at(const struct tk_kwic *k, uint64_t pos)
{
	return k->text.data + (pos - k->origin);
}

/* Index of the last token that starts at or before pos, or ntok when
 * none does. */
static size_t token_at(const struct tk_kwic *k, uint64_t pos)
{
	size_t lo = 0, hi = k->ntok;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (k->tok[mid].start <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo ? lo - 1 : k->ntok;
}

/* Whether pos is between two ASCII characters (not CR LF), which is
 * always a cluster boundary (GB3, GB999). */
static bool ascii_pair(const struct tk_kwic *k, uint64_t pos)
{
	if (pos == k->origin)
		return false;
	unsigned char a = (unsigned char)at(k, pos)[-1],
	              b = (unsigned char)*at(k, pos);
	return a < 0x80 && b < 0x80 && !(a == '\r' && b == '\n');
}

/* A cluster boundary at or after pos (and at most lim): pos itself at
 * white space or a token's start, else the end of the token pos is in,
 * or the next token's start.  Tokens start and end at cluster
 * boundaries, a cluster never goes on into ASCII white space, and two
 * ASCII characters are two clusters. */
static uint64_t boundary_after(const struct tk_kwic *k, uint64_t pos,
                               uint64_t lim)
{
	if (pos >= lim || blank((unsigned char)*at(k, pos)) || ascii_pair(k, pos))
		return pos < lim ? pos : lim;
	size_t j = token_at(k, pos);
	if (j == k->ntok)
		return k->ntok && k->tok[0].start < lim ? k->tok[0].start : lim;
	const struct wtok *t = &k->tok[j];
	if (t->start == pos)
		return pos;
	uint64_t b = t->end > pos ? t->end
	             : j + 1 < k->ntok ? k->tok[j + 1].start : lim;
	return b < lim ? b : lim;
}

/* A cluster boundary at or before pos (and after lim): pos itself before
 * white space or at a token's end or start, else the start of the token
 * pos is in; when that token starts at or before lim, a character
 * boundary (a token that long is cut where it must be). */
static uint64_t boundary_before(const struct tk_kwic *k, uint64_t pos,
                                uint64_t lim)
{
	if (pos <= lim || blank((unsigned char)*at(k, pos)) || ascii_pair(k, pos))
		return pos > lim ? pos : lim;
	size_t j = token_at(k, pos);
	if (j == k->ntok)
		return pos;
	const struct wtok *t = &k->tok[j];
	if (t->start == pos || t->end <= pos)
		return pos;
	if (t->start > lim)
		return t->start;
	return lim + tk_utf8_boundary(at(k, lim), (size_t)(pos - lim));
}

/* Index of the first token with cum > x (the word token number x,
 * counting from 0, when it is in the window), or ntok. */
static size_t word_index(const struct tk_kwic *k, uint64_t x)
{
	size_t lo = 0, hi = k->ntok;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (k->tok[mid].cum > x)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

/* The token of word number x, or NULL when it is not in the window. */
static const struct wtok *word_at(const struct tk_kwic *k, uint64_t x)
{
	size_t i = word_index(k, x);
	if (i == k->ntok || !k->tok[i].word || k->tok[i].cum != x + 1)
		return NULL;
	return &k->tok[i];
}

/* The left context of a keyword at kw_start, words before it, cut to
 * the width (and the word count), appended to out. */
static void left_context(struct tk_kwic *k, uint64_t kw_start, uint64_t words,
                         struct tk_buf *out)
{
	uint64_t floor = k->origin;
	if (k->o.tokens) {
		const struct wtok *w = words >= k->o.tokens
		                           ? word_at(k, words - k->o.tokens) : NULL;
		if (w)
			floor = w->start;
	}
	size_t want = span_bytes(k->o.width);
	for (;;) {
		uint64_t s0 = kw_start - floor > want ? kw_start - want : floor;
		if (s0 > floor)
			s0 = boundary_after(k, s0, kw_start);
		tk_buf_clear(&k->r1);
		render(at(k, s0), (size_t)(kw_start - s0), &k->r1);
		size_t used;
		size_t cut = tk_width_tail(k->r1.data, k->r1.len, k->o.width, &used,
		                           &k->wtmp);
		if (used >= k->o.width || s0 == floor || want >= WAIT_MAX) {
			tk_buf_add(out, k->r1.data + cut, k->r1.len - cut);
			return;
		}
		want *= 4;
	}
}

/* The right context of hit h, appended to out. */
static void right_context(struct tk_kwic *k, const struct hit *h,
                          struct tk_buf *out)
{
	uint64_t ceil = k->known;
	if (k->o.tokens) {
		const struct wtok *w = word_at(k, h->words + k->o.tokens - 1);
		if (w)
			ceil = w->end;
	}
	size_t want = span_bytes(k->o.width);
	for (;;) {
		uint64_t e = ceil - h->kw_end > want ? h->kw_end + want : ceil;
		if (e < ceil)
			e = boundary_before(k, e, h->kw_end);
		tk_buf_clear(&k->r1);
		render(at(k, h->kw_end), (size_t)(e - h->kw_end), &k->r1);
		size_t used;
		size_t cut = tk_width_head(k->r1.data, k->r1.len, k->o.width, &used,
		                           &k->wtmp);
		if (used >= k->o.width || e == ceil || want >= WAIT_MAX) {
			tk_buf_add(out, k->r1.data, cut);
			return;
		}
		want *= 4;
	}
}

/* --- output ---------------------------------------------------------- */

static void print(struct tk_kwic *k, const char *file, uint64_t offset,
                  const char *s, const size_t *len)
{
	const char *left = s, *kw = left + len[S_LEFT],
	           *right = kw + len[S_KW];
	const struct tk_kwic_opts *o = &k->o;
	if (o->format == TK_KWIC_JSONL) {
		tk_out_putc('{');
		if (o->with_filename) {
			tk_out_str("\"file\":");
			tk_report_json_string(file, strlen(file));
			tk_out_putc(',');
		}
		if (o->offsets) {
			tk_out_str("\"offset\":");
			tk_out_u64(offset);
			tk_out_putc(',');
		}
		tk_out_str("\"left\":");
		tk_report_json_string(left, len[S_LEFT]);
		tk_out_str(",\"keyword\":");
		tk_report_json_string(kw, len[S_KW]);
		tk_out_str(",\"right\":");
		tk_report_json_string(right, len[S_RIGHT]);
		tk_out_putc('}');
		tk_out_putc(k->term);
		return;
	}
	if (o->with_filename) {
		if (o->format == TK_KWIC_TSV)
			tk_tsv_write_field(file, strlen(file));
		else
			tk_out_str(file);
		tk_out_putc('\t');
	}
	if (o->offsets) {
		tk_out_u64(offset);
		tk_out_putc('\t');
	}
	if (o->format == TK_KWIC_TSV) {
		tk_tsv_write_field(left, len[S_LEFT]);
		tk_out_putc('\t');
		tk_tsv_write_field(kw, len[S_KW]);
		tk_out_putc('\t');
		tk_tsv_write_field(right, len[S_RIGHT]);
		tk_out_putc(k->term);
		return;
	}
	size_t w = tk_width(left, len[S_LEFT], &k->wtmp);
	for (; w < o->width; w++)
		tk_out_putc(' ');
	tk_out_write(left, len[S_LEFT]);
	tk_out_write(kw, len[S_KW]);
	tk_out_write(right, len[S_RIGHT]);
	tk_out_putc(k->term);
}

static void keep(struct tk_kwic *k, const struct hit *h)
{
	if (k->nhits == k->caphits) {
		k->caphits = xgrow(k->caphits, k->nhits + 1, 64);
		k->hits = xnrealloc(k->hits, k->caphits, sizeof *k->hits);
	}
	struct stored *s = &k->hits[k->nhits];
	s->seq = k->nhits++;
	s->offset = h->offset;
	s->file = h->file;
	s->pos = k->store.len;
	memcpy(s->len, h->len, sizeof s->len);
	tk_buf_add(&k->store, h->s.data, h->s.len);
}

static int bytes_cmp(const char *a, size_t an, const char *b, size_t bn)
{
	int c = memcmp(a, b, an < bn ? an : bn);
	return c ? c : (an > bn) - (an < bn);
}

static const char *part(const struct stored *s, int i)
{
	const char *p = s->str;
	for (int j = 0; j < i; j++)
		p += s->len[j];
	return p;
}

static int stored_cmp(const void *pa, const void *pb)
{
	const struct stored *a = pa, *b = pb;
	int c = bytes_cmp(part(a, S_KEY), a->len[S_KEY], part(b, S_KEY),
	                  b->len[S_KEY]);
	if (!c)
		c = bytes_cmp(part(a, S_WORD), a->len[S_WORD], part(b, S_WORD),
		              b->len[S_WORD]);
	return c ? c : (a->seq > b->seq) - (a->seq < b->seq);
}

/* --- hits ------------------------------------------------------------ */

static struct hit *ring_push(struct tk_kwic *k)
{
	if (k->rcount == k->rcap) {
		size_t ncap = k->rcap ? 2 * k->rcap : 8;
		struct hit *r = xcalloc(ncap, sizeof *r);
		for (size_t i = 0; i < k->rcount; i++)
			r[i] = k->ring[(k->rhead + i) % k->rcap];
		free(k->ring);
		k->ring = r;
		k->rcap = ncap;
		k->rhead = 0;
	}
	return &k->ring[(k->rhead + k->rcount++) % k->rcap];
}

static void add_key(struct tk_kwic *k, const struct wtok *t, struct tk_buf *out)
{
	tk_tokmatch_key(k->m, at(k, t->start), (size_t)(t->end - t->start),
	                t->word ? TK_TOK_WORD : TK_TOK_PUNCT, out);
}

/* The occurrence that ends with the last token of the window. */
static void new_hit(struct tk_kwic *k)
{
	unsigned n = tk_tokmatch_len(k->m);
	const struct wtok *first = &k->tok[k->ntok - n],
	                  *last = &k->tok[k->ntok - 1];
	struct hit *h = ring_push(k);
	h->kw_start = first->start;
	h->kw_end = last->end;
	h->words = last->cum;
	h->offset = first->off;
	h->file = k->file;
	struct tk_buf *s = &h->s;
	tk_buf_clear(s);
	left_context(k, h->kw_start, first->cum - first->word, s);
	h->len[S_LEFT] = s->len;
	render(at(k, h->kw_start), (size_t)(h->kw_end - h->kw_start), s);
	h->len[S_KW] = s->len - h->len[S_LEFT];
	h->len[S_RIGHT] = h->len[S_KEY] = h->len[S_WORD] = 0;
	if (k->o.sort == TK_KWIC_SORT_NONE)
		return;
	/* The keys go first, after the keyword: the right context comes
	 * later and is put before them then. */
	size_t start = s->len;
	for (const struct wtok *t = first; t <= last; t++) {
		if (t != first)
			tk_buf_addc(s, ' ');
		add_key(k, t, s);
	}
	h->len[S_KEY] = s->len - start;
	if (k->o.sort == TK_KWIC_SORT_L) {
		uint64_t before = first->cum - first->word;
		const struct wtok *w = before >= k->o.sort_n
		                           ? word_at(k, before - k->o.sort_n) : NULL;
		start = s->len;
		if (w)
			add_key(k, w, s);
		h->len[S_WORD] = s->len - start;
	}
}

/* Hit h is complete: its right context (and right sort word) go in, and
 * it is written or kept. */
static void complete(struct tk_kwic *k, struct hit *h)
{
	struct tk_buf *s = &h->s;
	size_t keys = h->len[S_LEFT] + h->len[S_KW];
	size_t tail = s->len - keys; /* key and word, kept aside */
	struct tk_buf *rb = &k->r2;
	tk_buf_clear(rb);
	right_context(k, h, rb);
	const struct tk_buf right = *rb;
	h->len[S_RIGHT] = right.len;
	if (k->o.sort == TK_KWIC_SORT_R) {
		const struct wtok *w = word_at(k, h->words + k->o.sort_n - 1);
		size_t start = s->len;
		if (w)
			add_key(k, w, s);
		h->len[S_WORD] = s->len - start;
		tail = s->len - keys;
	}
	/* left kw | right | key word */
	tk_buf_reserve(s, right.len);
	memmove(s->data + keys + right.len, s->data + keys, tail);
	memcpy(s->data + keys, right.data, right.len);
	s->len += right.len;
	if (k->o.sort == TK_KWIC_SORT_NONE)
		print(k, h->file, h->offset, s->data, h->len);
	else
		keep(k, h);
}

/* Write (or keep) the hits that have all the text they need; at the
 * end of the document all of them. */
static void drain(struct tk_kwic *k, bool end)
{
	size_t need = span_bytes(k->o.width);
	while (k->rcount) {
		struct hit *h = &k->ring[k->rhead];
		uint64_t avail = k->known - h->kw_end;
		if (!end && avail < WAIT_MAX &&
		    (avail < need || k->nwords - h->words < k->need_words))
			return;
		complete(k, h);
		k->rhead = (k->rhead + 1) % k->rcap;
		k->rcount--;
	}
}

/* --- the window ---------------------------------------------------- */

static size_t keep_from(const struct tk_kwic *k, uint64_t *cutp);
static void drop_tokens(struct tk_kwic *k, size_t i);

static int on_token(void *ctx, const struct tk_token *t)
{
	struct tk_kwic *k = ctx;
	if (k->ntok == k->captok) {
		k->captok = xgrow(k->captok, k->ntok + 1, 256);
		k->tok = xnrealloc(k->tok, k->captok, sizeof *k->tok);
	}
	bool word = tk_token_is_word(t->type);
	uint64_t pos = k->span_pos + t->offset;
	if (pos - k->last_end > WINDOW_MAX)
		tk_tokmatch_reset(k->m); /* a phrase never spans that gap */
	k->last_end = pos + t->len;
	k->nwords += word;
	k->tok[k->ntok++] = (struct wtok){ pos, pos + t->len, pos + k->delta,
	                                   k->nwords, word };
	if (tk_tokmatch_step(k->m, t->p, t->len, t->type))
		new_hit(k);
	/* write what is complete now: a line without white space is
	 * tokenized in one piece, and its hits must not pile up */
	k->known = pos + t->len;
	if (k->rcount)
		drain(k, false);
	if (k->ntok >= TOKENS_MAX) { /* the text stays: the tokenizer reads it */
		uint64_t cut;
		size_t i = keep_from(k, &cut);
		if (i != k->ntok && i > 0)
			drop_tokens(k, i);
	}
	return 0;
}

/* Tokenize the window from done up to done + n. */
static void tokenize(struct tk_kwic *k, size_t n)
{
	k->span_pos = k->done;
	const char *s = at(k, k->done);
	if (k->in_line)
		tk_tokenize_more(k->tz, s, n, on_token, k);
	else
		tk_tokenize(k->tz, s, n, on_token, k);
	k->in_line = true;
	k->done += n;
	k->known = k->done;
}

/* Index of the first token the window must keep: the text of the last
 * contexts, the words --tokens and --sort=nL look back to, the pending
 * hits and the tokens a phrase may still start with (the last token
 * that starts at or before the text they need, which starts at *cutp);
 * ntok if none. */
static size_t keep_from(const struct tk_kwic *k, uint64_t *cutp)
{
	uint64_t end = k->origin + k->text.len;
	size_t keep_bytes = 16 * span_bytes(k->o.width) + 4096;
	uint64_t cut = k->known > keep_bytes ? k->known - keep_bytes : 0;
	size_t back = k->o.tokens;
	if (k->o.sort == TK_KWIC_SORT_L && k->o.sort_n > back)
		back = k->o.sort_n;
	if (back && k->nwords >= back) {
		const struct wtok *w = word_at(k, k->nwords - back);
		if (w && w->start < cut)
			cut = w->start;
	}
	if (end - cut > WINDOW_MAX)
		cut = end - WINDOW_MAX;
	if (k->rcount && k->ring[k->rhead].kw_start < cut)
		cut = k->ring[k->rhead].kw_start;
	/* (a phrase may start with one of its last tokens, unless white
	 * space longer than WINDOW_MAX follows them; one token is matched
	 * as it comes) */
	size_t p = tk_tokmatch_len(k->m);
	if (p > 1 && k->ntok >= p && k->tok[k->ntok - p].start < cut &&
	    k->known - k->last_end <= WINDOW_MAX)
		cut = k->tok[k->ntok - p].start;
	*cutp = cut;
	return token_at(k, cut);
}

/* How far back from a keyword its left context may look: left_context()
 * widens its span by fours until it holds the width or is WAIT_MAX
 * bytes or more. */
static uint64_t reach(const struct tk_kwic *k)
{
	uint64_t want = span_bytes(k->o.width);
	return want >= WAIT_MAX ? want : 4 * (uint64_t)WAIT_MAX;
}

static void drop_tokens(struct tk_kwic *k, size_t i)
{
	memmove(k->tok, k->tok + i, (k->ntok - i) * sizeof *k->tok);
	k->ntok -= i;
}

/* Drop the text no context, phrase or pending hit needs any more. */
static void trim(struct tk_kwic *k)
{
	size_t keep_bytes = 16 * span_bytes(k->o.width) + 4096;
	if (k->text.len < TRIM_MIN || k->text.len < 2 * keep_bytes)
		return;
	uint64_t cut;
	size_t i = keep_from(k, &cut);
	if (i != k->ntok && k->tok[i].start > k->origin) {
		cut = k->tok[i].start;
		tk_buf_consume(&k->text, (size_t)(cut - k->origin));
		k->origin = cut;
		drop_tokens(k, i);
		return;
	}
	/* The token kept is the last before the text needed (no hit, now
	 * or later, starts before cut), for a context that reaches back
	 * across the white space after it; past the reach of any context
	 * that white space goes too, when it is longer than the reach, so
	 * that memory stays bounded (the window then starts at a
	 * character no context reaches back to). */
	uint64_t far = cut > reach(k) ? cut - reach(k) : 0;
	uint64_t after = i != k->ntok ? k->tok[i].end
	               : k->ntok == 0 ? k->origin : far;
	if (after > far || far - k->origin < reach(k))
		return;
	while (far > after && ((unsigned char)*at(k, far) & 0xc0) == 0x80)
		far--;
	tk_buf_consume(&k->text, (size_t)(far - k->origin));
	k->origin = far;
	drop_tokens(k, i != k->ntok ? i + 1 : 0);
}

static void end_doc(struct tk_kwic *k)
{
	drain(k, true);
	tk_tokmatch_reset(k->m);
	tk_buf_clear(&k->text);
	k->origin = k->done = k->known = k->last_end = 0;
	k->ntok = 0;
	k->nwords = 0;
	k->in_line = k->need_sep = false;
}

struct tk_tokenizer *tk_kwic_tokenizer(struct tk_kwic *k)
{
	return k->tz;
}

void tk_kwic_record(struct tk_kwic *k, const struct tk_record *r,
                    const char *file)
{
	if (r->file_start) {
		end_doc(k);
		k->file_base = r->offset;
	}
	k->file = file;
	tk_tokenizer_para_end(k->tz, r->para_end);
	if (!k->in_line) {
		if (k->need_sep) { /* the line break: white space, not tokenized */
			tk_buf_addc(&k->text, '\n');
			k->done++;
			k->known = k->done;
		}
		k->delta = r->offset - k->file_base - k->done;
	}
	tk_buf_add(&k->text, r->p, r->len);
	size_t pending = (size_t)(k->origin + k->text.len - k->done);
	size_t cut = pending;
	if (r->more) {
		cut = tk_token_cut(at(k, k->done), pending);
		if (cut == 0 && pending > TK_TOKEN_MAX) {
			cut = tk_utf8_boundary(at(k, k->done), pending);
			if (!k->warned)
				tk_warn("%s: a token longer than %u MiB is cut", file,
				        TK_TOKEN_MAX >> 20);
			k->warned = true;
		}
	}
	/* a long record in chunks, so that hits are written and the window
	 * trimmed as it goes: memory follows CHUNK, not the record size */
	while (cut > CHUNK) {
		size_t c = tk_token_cut(at(k, k->done),
		                        tk_utf8_boundary(at(k, k->done), CHUNK));
		if (c == 0)
			break;
		tokenize(k, c);
		cut -= c;
		drain(k, false);
		trim(k);
	}
	tokenize(k, cut);
	if (!r->more) {
		k->in_line = false;
		k->need_sep = true;
	}
	drain(k, false);
	if (!r->more && k->o.nul)
		end_doc(k);
	else
		trim(k);
}

struct tk_kwic *tk_kwic_new(const struct tk_kwic_opts *o, struct tk_tokmatch *m)
{
	struct tk_kwic *k = xcalloc(1, sizeof *k);
	k->o = *o;
	k->m = m;
	k->tz = tk_tokenizer_new(&o->tok);
	k->term = o->nul ? '\0' : '\n';
	k->need_words = o->tokens;
	if (o->sort == TK_KWIC_SORT_R && o->sort_n > k->need_words)
		k->need_words = o->sort_n;
	return k;
}

void tk_kwic_finish(struct tk_kwic *k)
{
	end_doc(k);
	if (k->o.sort == TK_KWIC_SORT_NONE)
		return;
	for (size_t i = 0; i < k->nhits; i++)
		k->hits[i].str = k->store.data + k->hits[i].pos;
	if (k->nhits)
		qsort(k->hits, k->nhits, sizeof *k->hits, stored_cmp);
	for (size_t i = 0; i < k->nhits; i++) {
		const struct stored *s = &k->hits[i];
		print(k, s->file, s->offset, s->str, s->len);
	}
}

void tk_kwic_free(struct tk_kwic *k)
{
	if (!k)
		return;
	for (size_t i = 0; i < k->rcap; i++)
		tk_buf_free(&k->ring[i].s);
	free(k->ring);
	free(k->tok);
	free(k->hits);
	tk_buf_free(&k->store);
	tk_buf_free(&k->text);
	tk_buf_free(&k->r1);
	tk_buf_free(&k->r2);
	tk_buf_free(&k->wtmp);
	tk_tokenizer_free(k->tz);
	free(k);
}
