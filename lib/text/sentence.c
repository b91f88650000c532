/* sentence.c - the default sentence segmenter: article rules on top of
 * UAX #29's terminators, closers and spaces (see sentence.h).
 *
 * The segmenter skips to the next candidate: '.', '?', '!', '\n' (NUL
 * with -z) and non-ASCII terminators and separators, sixteen bytes at a
 * time with SSE2, else eight with word-at-a-time tests, then through a
 * 256-entry class table, so most text is passed over without decoding
 * (no_skip turns the fast loops off: the reference path of the
 * differential tests).  At a candidate it reads the terminator cluster
 * (terminators, then closing quotes and brackets), the white space after
 * it, the word before it and the word after it, and decides; at a line
 * end it looks at the next line (blank, heading, list item, quote, or a
 * continuation).  No decision looks more than HORIZON bytes ahead, which
 * makes the result independent of how the text is cut into windows.
 *
 * Invariant of the feed: s[0..pos) is consumed; the splitter's state
 * (`line_start`, `unit`, gap counters) describes position pos. */
#include "sentimpl.h"
#include "base/space.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

struct tk_splitter *tk_splitter_new(const struct tk_sentence_opts *o)
{
	struct tk_splitter *sp = xcalloc(1, sizeof *sp);
	sp->o = *o;
	sp->max = o->max_len ? o->max_len : TK_SENTENCE_MAX;
	if (sp->max < 64)
		sp->max = 64;
	sp->line_start = true;
	sp->cls['.'] = sp->cls['?'] = sp->cls['!'] = sp->cls['\n'] = C_STOP;
	if (o->nul)
		sp->cls[0] = C_STOP;
	if (o->no_skip)
		memset(sp->cls, C_STOP, sizeof sp->cls);
	for (int c = 0; c < 128; c++)
		sp->asb[c] = (uint8_t)tk_sb_prop((tk_char)c);
	for (int b = 0x80; b < 256; b++)
		if (tk_sb_stop_leads[b >> 5] >> (b & 31) & 1)
			sp->cls[b] = C_STOP;
	return sp;
}

void tk_splitter_free(struct tk_splitter *sp)
{
	if (!sp)
		return;
	free(sp->bp);
	free(sp->bo);
	free(sp);
}



/* Skip bytes that cannot matter to the default segmenter: eight at a
 * time while a word holds no '.', '?', '!', '\n', no byte >= 0x80 (and
 * no NUL under -z), then byte by byte through the class table. */
static size_t skip_plain(const struct tk_splitter *sp, const char *s,
                         size_t j, size_t n)
{
	const uint8_t *cls = sp->cls;
	if (sp->o.no_skip) {
		while (j < n && cls[(unsigned char)s[j]] == C_NONE)
			j++;
		return j;
	}
	uint64_t nulmask = sp->o.nul ? ~(uint64_t)0 : 0;
	for (;;) {
#if defined(__SSE2__)
		/* Sixteen bytes at a time to the first '.', '?', '!', '\n'
		 * (NUL) or a lead byte that may start a terminator or a
		 * separator: C2, D6..E3, EA, EF, F0.. (a superset of the
		 * class table's, which decides). */
		const __m128i dot = _mm_set1_epi8('.'), qm = _mm_set1_epi8('?'),
		              ex = _mm_set1_epi8('!'), nl = _mm_set1_epi8('\n'),
		              nul = sp->o.nul ? _mm_setzero_si128()
		                              : _mm_set1_epi8('.'),
		              flip = _mm_set1_epi8((char)0x80);
		while (n - j >= 16) {
			__m128i v = _mm_loadu_si128((const __m128i *)(s + j));
			__m128i u = _mm_xor_si128(v, flip); /* signed order */
			__m128i hit = _mm_or_si128(
			    _mm_or_si128(_mm_cmpeq_epi8(v, dot), _mm_cmpeq_epi8(v, qm)),
			    _mm_or_si128(_mm_cmpeq_epi8(v, ex), _mm_cmpeq_epi8(v, nl)));
			hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, nul));
			hit = _mm_or_si128(hit, _mm_or_si128(
			    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xC2)),
			    _mm_and_si128(_mm_cmpgt_epi8(u, _mm_set1_epi8(0x55)),
			                  _mm_cmplt_epi8(u, _mm_set1_epi8(0x64)))));
			hit = _mm_or_si128(hit, _mm_or_si128(
			    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xEA)),
			    _mm_cmpgt_epi8(u, _mm_set1_epi8(0x6E)))); /* EF.. */
			int m = _mm_movemask_epi8(hit);
			if (m == 0) {
				j += 16;
				continue;
			}
			j += (size_t)__builtin_ctz((unsigned)m);
			unsigned char b = (unsigned char)s[j];
			if (cls[b] == C_NONE) {
				j++;
				continue;
			}
			if (b < 0x80)
				return j;
			/* A lead byte: stop only at a real terminator or
			 * separator (kana and CJK share E3 with U+3002). */
			tk_char c;
			int len = tk_utf8_decode(s + j, &c);
			int p = tk_sb_prop(c);
			if (p == TK_SB_STERM || p == TK_SB_ATERM ||
			    p == TK_SB_SEP || c == 0x2026)
				return j;
			j += (size_t)len;
		}
#endif
		while (n - j >= 8) {
			uint64_t w;
			memcpy(&w, s + j, 8);
			uint64_t hit = (w & HIGHS) | has_byte(w, '.') |
			               has_byte(w, '?') | has_byte(w, '!') |
			               has_byte(w, '\n') | (has_byte(w, 0) & nulmask);
			if (hit)
				break;
			j += 8;
		}
		size_t lim = n - j >= 8 ? j + 8 : n;
		while (j < lim && cls[(unsigned char)s[j]] == C_NONE)
			j++;
		if (j < lim || j == n)
			return j;
	}
}


/* ---- the default segmenter -------------------------------------------- */

static int prop_at(const char *s, size_t n, size_t i, int *len)
{
	tk_char c;
	(void)n;
	*len = tk_utf8_decode(s + i, &c);
	return tk_sb_prop(c);
}

/* Horizontal white space from i: returns the first position that is
 * not, or where a line break starts. */
static size_t skip_hspace(const struct tk_splitter *sp, const char *s,
                          size_t n, size_t i)
{
	size_t w;
	int nl;
	while (i < n && (w = tk_sent_space_nl(sp, s + i, n - i, &nl)) > 0 && nl == 0)
		i += w;
	return i;
}

static bool is_letter(int p)
{
	return p == TK_SB_LOWER || p == TK_SB_UPPER || p == TK_SB_OLETTER;
}

/* Characters that may open a sentence before its first letter. */
static bool opener(tk_char c, int p)
{
	return p == TK_SB_CLOSE || c == 0xA1 || c == 0xBF || c == '*' ||
	       c == '_';
}

static bool openish(tk_char c)
{
	return c == '(' || c == '[' || c == '{' || c == '"' || c == '\'' ||
	       c == 0xAB || c == 0x2018 || c == 0x201C || c == 0x201E ||
	       c == 0x201A || c == 0x2039 || c == 0xBF || c == 0xA1;
}

/* The word before the terminator at i (back to white space or an opening
 * bracket or quote), within [a, i). */
static size_t word_before(const struct tk_splitter *sp, const char *s,
                          size_t a, size_t i)
{
	size_t b = i;
	while (b > a) {
		tk_char c;
		int len = tk_utf8_decode_last(s + a, b - a, &c);
		size_t p = b - (size_t)len;
		int nl;
		if (tk_sent_space_nl(sp, s + p, b - p, &nl) || openish(c))
			break;
		b = p;
	}
	return b;
}

enum shape { W_OTHER, W_INITIAL, W_ACRONYM, W_NUMBER };

/* "J" (one letter), "U.S" (letter groups of 1-3 joined by dots),
 * "123" (digits), else other. */
static enum shape word_shape(const char *s, size_t n, size_t *ndigits)
{
	size_t i = 0, letters = 0, groups = 1, dots = 0, digits = 0;
	bool ok = true;
	while (i < n) {
		int len;
		int p = prop_at(s, n, i, &len);
		if (s[i] == '.') {
			if (letters == 0 || letters > 3)
				ok = false;
			dots++, groups++, letters = 0;
		} else if (s[i] >= '0' && s[i] <= '9')
			digits++;
		else if (is_letter(p))
			letters++;
		else if (p == TK_SB_EXTEND || p == TK_SB_FORMAT)
			;
		else if (s[i] == '-' && dots)
			;
		else
			ok = false;
		i += (size_t)len;
	}
	*ndigits = digits;
	if (digits == n && n > 0)
		return W_NUMBER;
	if (!ok || digits)
		return W_OTHER;
	if (dots == 0)
		return letters == 1 ? W_INITIAL : W_OTHER;
	return letters >= 1 && letters <= 3 ? W_ACRONYM : W_OTHER;
}

/* Letters only (apostrophes and hyphens inside), at least two. */
static bool plain_word(const char *s, size_t n)
{
	size_t i = 0, letters = 0;
	while (i < n) {
		int len;
		int p = prop_at(s, n, i, &len);
		if (is_letter(p))
			letters++;
		else if (p != TK_SB_EXTEND && p != TK_SB_FORMAT &&
		         !((s[i] == '\'' || s[i] == '-') && letters))
			return false;
		i += (size_t)len;
	}
	return letters >= 2;
}

/* Footnote markers after a sentence ("... in 1805. [6] Next", "[1]-[3]")
 * belong to it: the break moves from `end` past them when they are
 * followed by white space.  q: the first non-space after `end`. */
static size_t footnotes(const char *s, size_t n, bool final, size_t end,
                        size_t q)
{
	size_t i = q, last = end;
	while (i < n && s[i] == '[') {
		size_t j = i + 1;
		while (j < n && ((s[j] >= '0' && s[j] <= '9') || s[j] == ',' ||
		                 s[j] == ' ' || s[j] == '-'))
			j++;
		if (j >= n)
			return final ? end : (size_t)-1;
		if (j == i + 1 || s[j] != ']')
			break;
		last = ++j;
		/* "[1]-[3]", "[1], [2]", "[1][2]" */
		while (j < n && (s[j] == ',' || s[j] == '-' || s[j] == ' '))
			j++;
		if (j + 3 > n && !final)
			return (size_t)-1;
		if (j + 3 <= n && (unsigned char)s[j] == 0xE2 &&
		    (unsigned char)s[j + 1] == 0x80 &&
		    ((unsigned char)s[j + 2] == 0x93 || (unsigned char)s[j + 2] == 0x94))
			j += 3; /* en or em dash */
		i = j;
	}
	if (last == end)
		return end;
	if (last == n)
		return final ? last : (size_t)-1; /* need the next character */
	if (!tk_space_len(s + last, n - last, TK_SPACE_BREAKING))
		return end;
	return last;
}

enum next { N_END, N_LOWER, N_UPPER, N_DIGIT, N_CONT, N_TERM, N_OTHER };

/* What starts at q: the class of the first significant character after
 * openers, and the word there (for the starter list). */
static enum next next_word(const char *s, size_t n, size_t q, size_t *wa,
                           size_t *wb)
{
	bool opened = false;
	*wa = *wb = q;
	if (q < n) {
		tk_char c;
		tk_utf8_decode(s + q, &c);
		int p = tk_sb_prop(c);
		if (p == TK_SB_STERM || p == TK_SB_ATERM || c == 0x2026)
			return N_TERM; /* ". . ." or "? !": cf. SB8a */
	}
	while (q < n) {
		tk_char c;
		int len = tk_utf8_decode(s + q, &c);
		int p = tk_sb_prop(c);
		if (!opener(c, p))
			break;
		if (c == 0xA1 || c == 0xBF)
			return N_UPPER; /* Spanish inverted marks open sentences */
		opened = true;
		q += (size_t)len;
	}
	if (q >= n)
		return N_END;
	tk_char c;
	int len = tk_utf8_decode(s + q, &c);
	int p = tk_sb_prop(c);
	size_t e = q;
	while (e < n) {
		tk_char d;
		int l2 = tk_utf8_decode(s + e, &d);
		int p2 = tk_sb_prop(d);
		if (!is_letter(p2) && p2 != TK_SB_EXTEND)
			break;
		e += (size_t)l2;
	}
	*wa = q, *wb = e;
	(void)len;
	switch (p) {
	case TK_SB_LOWER:
		return N_LOWER;
	case TK_SB_UPPER:
	case TK_SB_OLETTER:
		return N_UPPER;
	case TK_SB_NUMERIC:
		return N_DIGIT;
	case TK_SB_SCONTINUE:
		return opened ? N_OTHER : N_CONT;
	}
	if (c == ';' && !opened)
		return N_CONT;
	return N_OTHER;
}

enum verdict { V_NO, V_BREAK, V_MORE };

/* The word s[wa..wb) is the pronoun "I", capitalised anywhere. */
static bool pronoun_i(const char *s, size_t wa, size_t wb)
{
	return wb == wa + 1 && s[wa] == 'I';
}

/* The last period of a spaced ellipsis ". . ." at s[i] (sentence from
 * a), before the next word of class nx: one that opens the sentence
 * never ends it; four periods end it before a capitalised word
 * ("period . . . . Next"), three too unless the word is the pronoun I
 * (i_next), capitalised anywhere. */
static enum verdict spaced_end(const char *s, size_t a, size_t i, bool i_next,
                               enum next nx)
{
	bool attached;
	size_t d = tk_sent_spaced_dots(s, a, i, &attached);
	if (i == a + 2 * (d - 1) || nx != N_UPPER)
		return V_NO;
	return d >= 4 || !i_next ? V_BREAK : V_NO;
}

/* The next word at q is preceded by an opening bracket or quote. */
static bool opened_at(const char *s, size_t q)
{
	tk_char c;
	tk_utf8_decode(s + q, &c);
	return openish(c);
}

/* A spaced ellipsis " . . ." at s[i] after a period that ends a word:
 * V_BREAK if three periods and an uppercase word follow (the period
 * ends the sentence, the ellipsis opens the next), V_MORE if the window
 * is too short to tell, else V_NO. */
static enum verdict spaced_open(const char *s, size_t n, bool final, size_t i)
{
	size_t d = tk_sent_dots_after(s, n, i), r = i + 2 * d, wa, wb;
	if (d != 3)
		return V_NO;
	if (r + 2 > n)
		return final ? V_NO : V_MORE;
	if (s[r] != ' ')
		return V_NO;
	enum next nx = next_word(s, n, r + 1, &wa, &wb);
	if (wb == n && !final)
		return V_MORE;
	return nx == N_UPPER ? V_BREAK : V_NO;
}

/* Decide at the terminator at i of the sentence starting at a.  On
 * V_BREAK the sentence ends at *end; on V_NO scanning resumes at *end;
 * *joined_unit receives the unit state of a line that was entered. */
static enum verdict at_terminator(struct tk_splitter *sp, const char *s,
                                  size_t n, bool final, size_t a, size_t i,
                                  size_t ls, size_t *nl_done, bool *unit,
                                  size_t *end)
{
	struct tk_sent_cluster k;
	size_t n0 = n;
	bool final0 = final;
	tk_sent_horizon(s, &n, &final, i);
	tk_sent_cluster(s, n, i, &k);
	*end = k.end;
	if (k.end == n)
		return final ? V_BREAK : V_MORE;
	/* The white space after the cluster. */
	size_t q = k.end, w;
	int nl, lines = 0;
	while (q < n && (w = tk_sent_space_nl(sp, s + q, n - q, &nl)) > 0) {
		lines += nl;
		q += w;
	}
	if (lines == 0 && q > k.end && (w = tk_sent_spaced_close(s, n, q)) > 0) {
		/* French spaces its closing guillemet ("Non ! » dit-il") */
		k.end = *end = q + w;
		k.closed = true;
		for (q = k.end; q < n && (w = tk_sent_space_nl(sp, s + q, n - q, &nl)) > 0;
		     q += w)
			lines += nl;
	}
	if (q == n)
		return final ? V_BREAK : V_MORE;
	if (q == k.end) /* no space: "3.14", "example.com", "U.S.A." */
		return (k.wide && !(k.closed && tk_sent_quotative(s, q))) ||
		       tk_sent_cjk_ascii_end(s, a, i, q)
		       ? V_BREAK : V_NO;
	if (lines >= 2)
		return V_BREAK;
	if (lines == 1) {
		if (*unit)
			return V_BREAK;
		size_t le = q;
		while (le < n && s[le] != '\n' && le - q < 8)
			le++;
		if (le == n && !final)
			return V_MORE;
		if (tk_sent_unit_marker(s + q, le - q))
			return V_BREAK;
	}
	size_t wa, wb;
	enum next nx = next_word(s, n, q, &wa, &wb);
	if (nx == N_END)
		return final ? V_BREAK : V_MORE;
	if (wb == n && !final)
		return V_MORE; /* the next word may go on */
	enum verdict v;
	bool title = false;
	bool dot = s[i] == '.' && k.aterm == 1 && !k.sterm && !k.ellipsis;
	if (tk_sent_bracket_omission(s, a, i, k.end))
		v = V_NO;                                  /* "Bohr [...] used" */
	else if (nx == N_TERM && dot && k.end == i + 1 && i > a &&
	         s[i - 1] != ' ' && s[i - 1] != '\t' &&
	         (v = spaced_open(s, n, final, k.end)) != V_NO)
		;    /* "compounds. . . . The": the ellipsis opens the next */
	else if (nx == N_CONT || nx == N_TERM)
		v = V_NO;                                  /* cf. SB8a */
	else if (dot && i >= a + 2 && s[i - 1] == ' ' && s[i - 2] == '.')
		/* The last period of ". . .": before a capitalised word it
		 * ends the sentence ("I" is no sign); four periods always do
		 * ("period . . . . Next"). */
		v = spaced_end(s, a, i, nx == N_UPPER && !lines &&
		                          pronoun_i(s, wa, wb), nx);
	else if (k.sterm && k.sterm == 1 && k.end == i + 1 && nx == N_LOWER &&
	         lines == 0 &&
	         tk_sent_name_bang(s, a, word_before(sp, s, a, i), i))
		v = V_NO;                               /* "Yahoo! in the" */
	else if (k.sterm)
		/* "Really?" she asked - but "why? because" is two. */
		v = nx == N_LOWER && k.closed ? V_NO : V_BREAK;
	else if (k.ellipsis || k.aterm >= 2)
		v = nx == N_UPPER ? V_BREAK : V_NO;
	else {
		const struct tk_abbrev *ab = sp->o.abbrev;
		size_t b = word_before(sp, s, a, i);
		const char *t = s + b;
		size_t tn = i - b, nd;
		enum tk_abbrev_kind kind = ab ? tk_abbrev_lookup(ab, t, tn)
		                              : TK_ABBR_NONE;
		enum shape sh = word_shape(t, tn, &nd);
		int tw;
		/* A one-letter word followed by a period is an initial
		 * ("A. S. Pushkin"), not the starter "A". */
		bool initial_next = wb < n && s[wb] == '.' &&
		                    (size_t)tk_utf8_seqlen((unsigned char)s[wa]) ==
		                        wb - wa;
		bool starter = ab && nx == N_UPPER && !initial_next &&
		               tk_abbrev_is_starter(ab, s + wa, wb - wa);
		/* a part of a spaced abbreviation ("z. B."): its inner periods
		 * go on, its last is of its kind; parts in this sentence only
		 * (the window may have lost the rest), 3+ may end past it */
		size_t sm = n - a, sw = b - a, si = i - a;
		bool sp3 = ab && tn && tk_abbrev_has_spaced(ab);
		enum tk_abbrev_kind sk = sp3 ? tk_abbrev_spaced(ab, s + a, sm, sw, si)
		                             : TK_ABBR_NONE;
		if (sp3 && !final && tk_abbrev_spaced_open(ab, s + a, sm, sw, si))
			return V_MORE;
		if (tn == 0)
			v = nx == N_LOWER ? V_NO : V_BREAK;
		else if (sk == TK_ABBR_TITLE)
			v = V_NO, title = true;
		else if (sk != TK_ABBR_NONE)
			v = nx == N_LOWER || nx == N_DIGIT ? V_NO
			  : starter || nx != N_UPPER ? V_BREAK : V_NO;
		else if (tk_abbrev_thai(t, tn))
			v = V_NO;  /* Thai ends no sentence with a period */
		else if (nx == N_LOWER)
			/* SB8 keeps a lowercase word in the sentence; informal
			 * text starts sentences in lowercase, so break after a
			 * plain word of two letters or more, not after an
			 * abbreviation, initial, acronym or number. */
			v = kind == TK_ABBR_NONE && sh == W_OTHER &&
			    plain_word(t, tn) && !k.closed ? V_BREAK : V_NO;
		else if (nx == N_DIGIT)
			v = kind != TK_ABBR_NONE || sh == W_INITIAL ||
			    tk_sent_numero(t, tn) ? V_NO : V_BREAK;
		else if (nx == N_UPPER && sh == W_ACRONYM &&
		         (tw = tk_sent_time_words(s, a, b, tn)) >= 0)
			/* "at 6 P.M. Mr. Smith" ends, "At 5 a.m. Mr. Smith"
			 * (the time opens the sentence) goes on. */
			v = tw <= 2 ? V_NO
			  : starter || (ab && !opened_at(s, q) &&
			                tk_abbrev_lookup(ab, s + wa, wb - wa) ==
			                    TK_ABBR_TITLE) ? V_BREAK : V_NO;
		else if (kind == TK_ABBR_TITLE)
			v = V_NO, title = true;
		else if (kind == TK_ABBR_PLAIN || sh == W_INITIAL ||
		         sh == W_ACRONYM)
			v = starter || nx != N_UPPER ? V_BREAK : V_NO;
		else if (sh == W_NUMBER && nd <= 3 && ab &&
		         tk_abbrev_ordinals(ab) && nx == N_UPPER)
			v = starter ? V_BREAK : V_NO;
		else
			v = V_BREAK;
	}
	if (v == V_NO && lines == 1) {
		/* A line end after an abbreviation, "..." or the like: a
		 * block ends there unless a title joins its name. */
		size_t j = k.end;
		while (j < q && s[j] != '\n')
			j++;
		int r = title || j == q ? 0
		                        : tk_sent_line_break(sp, s, n0, final0, ls, j);
		if (r < 0)
			return V_MORE;
		if (r > 0)
			v = V_BREAK;
		else {
			*nl_done = j;
			*unit = false; /* joined the next line, not a unit line */
		}
	}
	if (v == V_BREAK) {
		size_t f = footnotes(s, n, final, k.end, q);
		if (f == (size_t)-1)
			return V_MORE;
		*end = f;
	}
	return v;
}

/* How far an inline list item looks for the next item's marker. */
enum { LIST_SPAN = 1024 };

/* The feed consumed s[0..r): carry the columns of the line it ends in. */
static size_t consumed(struct tk_splitter *sp, const char *s, size_t n,
                       size_t r)
{
	size_t b = r;
	while (b > 0 && s[b - 1] != '\n')
		b--;
	if (b > 0) {
		sp->carry_cols = tk_sent_cols(s + b, r - b);
		sp->carry_term = tk_sent_has_term(s, b, r, n);
	} else {
		sp->carry_cols += tk_sent_cols(s, r);
		sp->carry_term = sp->carry_term || tk_sent_has_term(s, 0, r, n);
	}
	return r;
}

size_t tk_sentence_feed(struct tk_splitter *sp, const char *s, size_t n,
                        bool final, tk_sentence_fn fn, void *ctx)
{
	if (sp->o.uax29)
		return tk_sent_feed_uax29(sp, s, n, final, fn, ctx);
	size_t pos = 0;
	size_t ls = SIZE_MAX;   /* start of the current line, if in s */
	for (;;) {
		/* The gap before the next sentence. */
		size_t w;
		int nl;
		while (pos < n && (w = tk_sent_space_nl(sp, s + pos, n - pos, &nl)) > 0) {
			if (nl)
				sp->line_start = true;
			if (s[pos] == '\n')
				ls = pos + 1;
			sp->gap_nl += nl;
			if (sp->gap_nl > 2)
				sp->gap_nl = 2;
			pos += w;
		}
		if (pos == n)
			return consumed(sp, s, n, n);
		size_t a = pos, j = a;
		if (sp->line_start) {
			size_t le = a;
			while (le < n && s[le] != '\n' && le - a < 8)
				le++;
			if (le == n && !final)
				return consumed(sp, s, n, a); /* a marker needs 8 bytes */
			size_t m = tk_sent_unit_marker(s + a, le - a);
			sp->unit = m > 0;
			sp->skip = m;
			sp->line_start = false;
		}
		j = a + sp->skip;
		/* An inline list item ("1.) a 2.) b", "a. x b. y"): its
		 * marker is no sentence end, and the next item's starts the
		 * next sentence. */
		struct tk_list_mark lm;
		size_t lstop = SIZE_MAX;
		unsigned char c0 = (unsigned char)s[a];
		if (n - a < 16 && !final && ((c0 >= '1' && c0 <= '9') ||
		                             (c0 >= 'a' && c0 <= 'y') || c0 == 0xE2))
			return consumed(sp, s, n, a); /* a marker needs 16 bytes */
		size_t ml = tk_sent_list_marker(s, n, a, &lm);
		if (ml) {
			size_t lim = n - a > LIST_SPAN ? a + LIST_SPAN : n;
			lstop = tk_sent_list_next(s, n, a + ml, lim, &lm);
			if (lstop == SIZE_MAX && lim == n && !final &&
			    !memchr(s + a, '\n', n - a))
				return consumed(sp, s, n, a);
			if (lstop == SIZE_MAX && lm.letter &&
			    lm.letter != sp->list_letter)
				ml = 0; /* "a. The" alone is an initial */
			if (ml && a + ml > j)
				j = a + ml;
		}
		bool unit = sp->unit;
		size_t end = 0;
		enum verdict v = V_MORE;
		bool cut = false;
		size_t nl_done = SIZE_MAX; /* a line break already decided */
		/* Scan candidates until the sentence ends. */
		for (;;) {
			j = skip_plain(sp, s, j, n);
			if (j >= lstop) {
				end = lstop, v = V_BREAK;
				break;
			}
			if (j - a > sp->max) {
				end = tk_sent_cut_point(s, a, a + sp->max);
				v = V_BREAK, cut = true;
				break;
			}
			if (j == n) {
				v = final ? V_BREAK : V_MORE;
				end = n;
				break;
			}
			unsigned char c = (unsigned char)s[j];
			if (c == '\n') {
				size_t hn = n;
				bool hf = final;
				tk_sent_horizon(s, &hn, &hf, j);
				size_t q = skip_hspace(sp, s, hn, j + 1);
				if (q == hn && !hf) {
					v = V_MORE;
					break;
				}
				int dummy;
				if (unit || q == hn ||
				    tk_sent_space_nl(sp, s + q, hn - q, &dummy)) {
					end = j, v = V_BREAK;
					break;
				}
				size_t le = q;
				while (le < hn && s[le] != '\n' && le - q < 8)
					le++;
				if (le == hn && !hf) {
					v = V_MORE;
					break;
				}
				if (tk_sent_unit_marker(s + q, le - q)) {
					end = j, v = V_BREAK;
					break;
				}
				if (j != nl_done) {
					int r = tk_sent_line_break(sp, s, n, final, ls, j);
					if (r < 0) {
						v = V_MORE;
						break;
					}
					if (r > 0) {
						end = j, v = V_BREAK;
						break;
					}
				}
				unit = false;
				ls = j + 1;
				j = q;
				continue;
			}
			if (c == 0 && sp->o.nul) { /* -z: NUL ends the record */
				end = j, v = V_BREAK;
				break;
			}
			if (c < 0x80 && c != '.' && c != '?' && c != '!') {
				j++; /* only with no_skip */
				continue;
			}
			if (c >= 0x80) {
				tk_char ch;
				int len = tk_utf8_decode(s + j, &ch);
				int p = tk_sb_prop(ch);
				if (p == TK_SB_SEP) {
					end = j, v = V_BREAK;
					break;
				}
				if (p != TK_SB_STERM && p != TK_SB_ATERM &&
				    ch != 0x2026) {
					j += (size_t)len;
					continue;
				}
			}
			v = at_terminator(sp, s, n, final, a, j, ls, &nl_done,
			                  &unit, &end);
			if (v != V_NO)
				break;
			j = end;
		}
		if (v == V_MORE) /* bounded: see HORIZON and max_len */
			return consumed(sp, s, n, a);
		if (end - a > sp->max) {
			/* Closers or footnotes took it past the limit. */
			end = tk_sent_cut_point(s, a, a + sp->max);
			cut = true;
		}
		if (tk_sent_report(sp, s, a, end, cut, fn, ctx))
			return (size_t)-1;
		sp->unit = unit;
		sp->skip = 0;
		sp->list_letter = end == lstop && lm.letter ? (char)(lm.letter + 1) : 0;
		pos = end;
		/* The scan may have looked past a line break that this
		 * sentence did not reach (a cut at the length limit): the
		 * line of pos starts after the last break before it, or
		 * before the window (the carry), not where the scan was. */
		if (ls != SIZE_MAX && ls > end) {
			size_t k = end;
			while (k > 0 && s[k - 1] != '\n')
				k--;
			ls = k > 0 ? k : SIZE_MAX;
		}
	}
}

