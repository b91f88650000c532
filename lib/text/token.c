/* token.c - the one tokenizer (see token.h): UAX #29 word segments plus
 * the rules article text needs.
 *
 * Invariants (tests check them):
 *   - every non-white-space character of the span is in exactly one
 *     token, in order; no token contains white space (the Unicode
 *     White_Space property);
 *   - rules never look across white space: a line is cut into chunks of
 *     non-white-space characters, and each chunk is tokenized on its own
 *     (only the quote state below crosses chunks, and it can only keep a
 *     token apart, never join one);
 *   - a token tokenized on its own gives itself back, so tokenizing
 *     tokenize's output again changes nothing (idempotence).
 *
 * Within a chunk, at each position, in this order: URL, e-mail,
 * @mention, #hashtag, emoticon, a clitic alone ('s in PTB output), runs
 * of punctuation (... ?! --), then a UAX #29 segment, which a word or
 * number segment may extend: 10:30 and 08/16/2000, 1990's, U.S. and
 * Dr. (abbreviation period), hyphenated compounds, trailing possessive
 * apostrophe (parents').  --uax29 skips all of this.
 *
 * Speed: fast_line() takes every line and tokenizes its ASCII chunks
 * (most of English text) itself, with no separate pass to check that
 * the line is ASCII: a chunk that is one run of letters or digits,
 * maybe followed by one closing punctuation character (word, word:
 * word. 1990;), is found by word_run() and emitted at once; ASCII
 * chunks of one segment with middle characters (don't 1,000) and
 * numbers joined by colons or slashes (10:30 1:1) are emitted after one
 * scan; other chunks go to chunk(), the non-ASCII ones through
 * general() (a chunk that starts non-ASCII at once, unscanned).  ASCII
 * is segmented by tk_wb_ascii_segment() and classified through the
 * 256-entry table below; chunks with non-ASCII bytes get their
 * boundaries from tk_wordbreaks_table() (u8_wordbreaks' rules over a
 * property table, into a buffer the tokenizer keeps) and the classes of
 * their characters from pages of libunistring's answers (uentry()).  No
 * allocation per token.  The unit tests run every input through both
 * paths (opts.no_fast_path: u8_wordbreaks and classify() for every
 * chunk) and compare.  Measured 2026-11-25 (CPU time, gcc -O2, library only,
 * lines of kjvbible.txt): 533 MB/s, 116 M tokens/s (with an all-ASCII
 * pass and a memchr per line first: 310 MB/s); multilang.txt 115 MB/s,
 * and after the tables for non-ASCII text (callgrind, tokenize on its
 * first 1 MB) 160 -> 104 instructions per byte.
 * Tried and dropped: 64-byte SSE2 bit masks of word characters and
 * white space per line, and a 16-byte SSE2 word_run(): more
 * instructions on short lines, and slower (measured 3-6%). */
#include "token.h"
#include "base/utf8.h"
#include "wordbreak.h"
#include "dictseg.h"
#include "base/xalloc.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>

struct tk_tokenizer {
	struct tk_tokenizer_opts o;
	char *brk;          /* boundaries of the current non-ASCII chunk */
	size_t brkcap;
	struct tk_dictseg *ds; /* words in Han, kana, Thai... runs; NULL: none */
	bool squote_open;   /* an opening single quote is pending */
};

static const char *const type_names[TK_TOK_NTYPES] = {
	"word", "number", "punct", "symbol", "url", "email", "hashtag",
	"mention", "emoji"
};

const char *tk_token_type_name(enum tk_token_type t)
{
	return (unsigned)t < TK_TOK_NTYPES ? type_names[t] : "unknown";
}

struct tk_tokenizer *tk_tokenizer_new(const struct tk_tokenizer_opts *o)
{
	struct tk_tokenizer *t = xcalloc(1, sizeof *t);
	if (o)
		t->o = *o;
	if (!t->o.uax29)
		t->ds = tk_dictseg_new();
	return t;
}

void tk_tokenizer_free(struct tk_tokenizer *t)
{
	if (!t)
		return;
	free(t->brk);
	tk_dictseg_free(t->ds);
	free(t);
}

/* ---- character classes ----------------------------------------------- */

enum {
	C_SPACE = 1 << 0,  /* White_Space */
	C_ALPHA = 1 << 1,  /* letter (L) */
	C_DIGIT = 1 << 2,  /* decimal digit (Nd) */
	C_NUM = 1 << 3,    /* other number (Nl, No) */
	C_MARK = 1 << 4,   /* combining mark (M) */
	C_PUNCT = 1 << 5,  /* punctuation (P) */
	C_SYM = 1 << 6,    /* symbol (S) or other (C) */
	C_UPPER = 1 << 7,  /* uppercase letter (Lu) */
	C_NONASCII = 1 << 8,
	/* ASCII-only helper bits */
	C_LOCAL = 1 << 9,  /* allowed in an e-mail local part */
	C_HOST = 1 << 10,  /* allowed in a host name: A-Z a-z 0-9 - */
	C_URLX = 1 << 11,  /* never in a URL: " < > ` { } | \ ^ */
	C_RUN = 1 << 12,   /* a run of it is one token (--, **, ==) */
	C_TERM = 1 << 13,  /* . ! ? (mixed runs are one token: ?! ...) */
	C_EXT = 1 << 14,   /* may extend a word: . : / - ' and non-ASCII */
	C_EMO = 1 << 15,   /* may start an emoticon: : ; = < > ^ */
	C_END = 1 << 16,   /* ends a word, alone before white space: , ; : . ! ? ) " */
	C_WRUN = 1 << 17,  /* in a run of word characters: A-Z a-z 0-9 _ */
	/* in no table: fast_line()'s summary of a chunk */
	C_AT = 1 << 18,    /* an '@' */
	C_APOS = 1 << 19,  /* an ASCII apostrophe */
};

#define SP C_SPACE
#define UP (C_ALPHA | C_UPPER | C_LOCAL | C_HOST | C_WRUN)
#define LO (C_ALPHA | C_LOCAL | C_HOST | C_WRUN)
#define DI (C_DIGIT | C_LOCAL | C_HOST | C_WRUN)
#define PU C_PUNCT
#define SY C_SYM

/* Classes of the bytes; every byte >= 0x80 is C_NONASCII (decode and
 * ask libunistring). */
static const uint32_t ctab[256] = {
	/* 0x00-0x08 controls */ SY, SY, SY, SY, SY, SY, SY, SY, SY,
	/* \t \n \v \f \r */ SP, SP, SP, SP, SP,
	/* 0x0E-0x1F */ SY, SY, SY, SY, SY, SY, SY, SY, SY, SY, SY, SY, SY,
	SY, SY, SY, SY, SY,
	/* ' ' */ SP,
	/* ! */ PU | C_TERM | C_END,
	/* " */ PU | C_URLX | C_END,
	/* # */ PU | C_RUN,
	/* $ */ SY | C_RUN,
	/* % */ PU | C_LOCAL,
	/* & */ PU | C_RUN,
	/* ' */ PU | C_EXT,
	/* ( ) */ PU, PU | C_END,
	/* * */ PU | C_RUN,
	/* + */ SY | C_LOCAL | C_RUN,
	/* , */ PU | C_END,
	/* - */ PU | C_LOCAL | C_HOST | C_RUN | C_EXT,
	/* . */ PU | C_LOCAL | C_TERM | C_EXT | C_END,
	/* / */ PU | C_RUN | C_EXT,
	/* 0-9 */ DI, DI, DI, DI, DI, DI, DI, DI, DI, DI,
	/* : ; */ PU | C_EXT | C_EMO | C_END, PU | C_EMO | C_END,
	/* < */ SY | C_URLX | C_RUN | C_EMO,
	/* = */ SY | C_RUN | C_EMO,
	/* > */ SY | C_URLX | C_RUN | C_EMO,
	/* ? */ PU | C_TERM | C_END,
	/* @ */ PU,
	/* A-Z */ UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP,
	UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP,
	/* [ */ PU,
	/* \ */ PU | C_URLX | C_RUN,
	/* ] */ PU,
	/* ^ */ SY | C_URLX | C_RUN | C_EMO,
	/* _ */ PU | C_LOCAL | C_WRUN,
	/* ` */ SY | C_URLX,
	/* a-z */ LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO,
	LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO,
	/* { */ PU | C_URLX,
	/* | */ SY | C_URLX | C_RUN,
	/* } */ PU | C_URLX,
	/* ~ */ SY | C_RUN,
	/* DEL */ SY,
#define NA (C_NONASCII | C_EXT)
#define N8 NA, NA, NA, NA, NA, NA, NA, NA
#define N64 N8, N8, N8, N8, N8, N8, N8, N8
	N64, N64
#undef N64
#undef N8
#undef NA
};

#undef SP
#undef UP
#undef LO
#undef DI
#undef PU
#undef SY

/* Non-ASCII White_Space (stable since Unicode 6.3). */
static inline bool uspace(tk_char c)
{
	switch (c) {
	case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
	case 0x202F: case 0x205F: case 0x3000:
		return true;
	}
	return c >= 0x2000 && c <= 0x200A;
}

/* Length of the white-space character at s[i] (valid UTF-8), or 0.
 * Non-ASCII white space starts with C2, E1, E2 or E3, so other
 * characters need no decoding. */
static inline size_t space_at(const char *s, size_t i)
{
	unsigned char b = (unsigned char)s[i];
	if (b < 0x80)
		return (ctab[b] & C_SPACE) ? 1 : 0;
	if (b != 0xC2 && (b < 0xE1 || b > 0xE3))
		return 0;
	tk_char c;
	int l = tk_utf8_decode(s + i, &c);
	return uspace(c) ? (size_t)l : 0;
}

/* Classes of a non-ASCII code point, from libunistring. */
static unsigned uclass_uni(tk_char c)
{
	if (uspace(c))
		return C_SPACE | C_NONASCII;
	uint32_t m = uc_general_category(c).bitmask;
	unsigned r = C_NONASCII;
	if (m & UC_CATEGORY_MASK_L)
		r |= C_ALPHA | (m & UC_CATEGORY_MASK_Lu ? C_UPPER : 0);
	else if (m & UC_CATEGORY_MASK_Nd)
		r |= C_DIGIT;
	else if (m & UC_CATEGORY_MASK_N)
		r |= C_NUM;
	else if (m & UC_CATEGORY_MASK_M)
		r |= C_MARK;
	else if (m & UC_CATEGORY_MASK_P)
		r |= C_PUNCT;
	else
		r |= C_SYM;
	return r;
}

static bool emoji_start_uni(tk_char c)
{
	return uc_is_property_regional_indicator(c) ||
	       uc_is_property_emoji_presentation(c) ||
	       /* pictographs newer than libunistring's tables */
	       (c >= 0x1F000 && c <= 0x1FAFF &&
	        uc_is_property_extended_pictographic(c));
}

/* uclass_uni() and emoji_start_uni() of every code point, in pages of
 * 256 filled on first use from the same calls (so the same answers):
 * the property lookups were a fifth of the time on mixed-script text.
 * A page is published with a compare-and-swap, so threads may race to
 * fill one (the loser frees its copy); pages live until exit. */
#define U_EMOJI (1u << 15)
#define U_NPAGES (0x110000 >> 8)
static _Atomic(uint16_t *) upages[U_NPAGES];

static TK_NOINLINE const uint16_t *upage_fill(unsigned pg)
{
	uint16_t *p = xmalloc(256 * sizeof *p);
	for (unsigned k = 0; k < 256; k++) {
		tk_char c = (tk_char)(pg << 8 | k);
		p[k] = (uint16_t)(uclass_uni(c) | (emoji_start_uni(c) ? U_EMOJI : 0));
	}
	uint16_t *old = NULL;
	if (!atomic_compare_exchange_strong_explicit(&upages[pg], &old, p,
	                                             memory_order_acq_rel,
	                                             memory_order_acquire)) {
		free(p);
		return old;
	}
	return p;
}

static inline unsigned uentry(tk_char c)
{
	if (unlikely(c >= 0x110000))
		return uclass_uni(c);
	const uint16_t *p = atomic_load_explicit(&upages[c >> 8],
	                                         memory_order_acquire);
	if (unlikely(!p))
		p = upage_fill(c >> 8);
	return p[c & 0xFF];
}

/* Classes of a non-ASCII code point. */
static inline unsigned uclass(tk_char c)
{
	return uentry(c) & ~U_EMOJI;
}

static inline bool emoji_start(tk_char c)
{
	return (uentry(c) & U_EMOJI) != 0;
}

int tk_token_check_classes(void)
{
	for (tk_char c = 0x80; c < 0x110000; c++)
		if (uclass(c) != uclass_uni(c) || emoji_start(c) != emoji_start_uni(c))
			return (int)c;
	return 0;
}

/* Class of the character at s[i] (valid UTF-8, i < n); *len its size. */
static inline unsigned cclass(const char *s, size_t i, int *len)
{
	unsigned char b = (unsigned char)s[i];
	if (b < 0x80) {
		*len = 1;
		return ctab[b];
	}
	tk_char c;
	*len = tk_utf8_decode(s + i, &c);
	return uclass(c);
}

static inline unsigned cls_at(const char *s, size_t i, size_t n)
{
	int l;
	return i < n ? cclass(s, i, &l) : 0;
}

#define C_WORD (C_ALPHA | C_DIGIT | C_NUM | C_MARK)

/* Class of the character that ends at s[i] (i > 0). */
static unsigned cls_before(const char *s, size_t i)
{
	unsigned char b = (unsigned char)s[i - 1];
	if (b < 0x80)
		return ctab[b];
	tk_char c;
	tk_utf8_decode_last(s, i, &c);
	return uclass(c);
}

/* Apostrophe at s[i]: ' or U+2019; returns its length or 0. */
static inline size_t apos_at(const char *s, size_t i, size_t n)
{
	if (i < n && s[i] == '\'')
		return 1;
	if (i + 2 < n && (unsigned char)s[i] == 0xE2 &&
	    (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x99)
		return 3;
	return 0;
}

/* Hyphen joining a compound at s[i]: '-', U+2010 HYPHEN, U+2011
 * NON-BREAKING HYPHEN; returns its length or 0. */
static inline size_t hyphen_at(const char *s, size_t i, size_t n)
{
	if (i < n && s[i] == '-')
		return 1;
	if (i + 2 < n && (unsigned char)s[i] == 0xE2 &&
	    (unsigned char)s[i + 1] == 0x80 &&
	    ((unsigned char)s[i + 2] == 0x90 || (unsigned char)s[i + 2] == 0x91))
		return 3;
	return 0;
}

static inline unsigned char lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

/* s[0..n) equals the lower-case ASCII word w, ignoring ASCII case. */
static bool eq_nocase(const char *s, size_t n, const char *w)
{
	size_t i;
	for (i = 0; i < n && w[i]; i++)
		if (lower((unsigned char)s[i]) != (unsigned char)w[i])
			return false;
	return i == n && w[i] == '\0';
}

/* ---- the chunk being tokenized --------------------------------------- */

struct chunk {
	struct tk_tokenizer *t;
	const char *s;   /* the whole span; offsets are into it */
	size_t a, b;     /* the chunk: s[a..b), no white space */
	size_t base;     /* t->brk[0] is the boundary flag of s[base] */
	bool ascii;
	bool has_at, has_colon;    /* an '@', a ':' somewhere in it */
	tk_token_fn fn;
	void *ctx;
};

/* Boundaries of a non-ASCII chunk: the table-driven rules, or
 * libunistring itself for the tests' general path; then the words of
 * its runs of Han, kana, Thai, Lao, Khmer and Myanmar letters from a
 * dictionary segmenter (lib/text/dictseg.h; not under --uax29). */
static inline void wordbreaks(const struct tk_tokenizer *t, const char *s,
                              size_t n, char *p)
{
	if (unlikely(t->o.no_fast_path))
		tk_wordbreaks_slow(s, n, p);
	else
		tk_wordbreaks_table(s, n, p);
	if (t->ds)
		tk_dictseg_refine(t->ds, s, n, p);
}

/* End of the UAX #29 segment that starts at s[i].  A rule may end a
 * token inside a segment (an address before "'t"); segmentation then
 * starts afresh at i, as if the text began there, on both paths (the
 * ASCII segmenter always works that way). */
static size_t seg_end(struct chunk *c, size_t i)
{
	if (c->ascii)
		return i + tk_wb_ascii_segment(c->s + i, c->b - i);
	if (i != c->base && !c->t->brk[i - c->base]) {
		wordbreaks(c->t, c->s + i, c->b - i, c->t->brk);
		c->base = i;
	}
	size_t j = i + (size_t)tk_utf8_seqlen((unsigned char)c->s[i]);
	const char *brk = c->t->brk - c->base;
	while (j < c->b && !brk[j])
		j++;
	return j;
}

/* ---- token types ----------------------------------------------------- */

/* The type of a token that no special rule claimed (see tokenize.1):
 * emoji; number (starts with a digit and has no hyphen before a letter);
 * word (has a letter or a digit); punct (only punctuation); symbol. */
static enum tk_token_type classify(const char *p, size_t n)
{
	unsigned all = 0, first;
	int l;
	size_t i = 0;
	unsigned char b0 = (unsigned char)p[0];
	if (b0 < 0x80) {
		first = ctab[b0];
	} else {
		tk_char c;
		tk_utf8_decode(p, &c);
		first = uentry(c);
		if (first & U_EMOJI)
			return TK_TOK_EMOJI;
	}
	/* Only one emoji starts with a letter (U+2139 INFORMATION SOURCE,
	 * Ll): any other letter first makes a word. */
	if ((first & C_ALPHA) &&
	    !(n >= 3 && b0 == 0xE2 && (unsigned char)p[1] == 0x84 &&
	      (unsigned char)p[2] == 0xB9))
		return TK_TOK_WORD;
	bool hyph_letter = false;
	while (i < n) {
		unsigned k;
		if ((unsigned char)p[i] < 0x80) {
			k = ctab[(unsigned char)p[i]];
			l = 1;
		} else {
			tk_char c;
			l = tk_utf8_decode(p + i, &c);
			k = uclass(c);
			/* emoji presentation selector, keycap, ZWJ, skin tone */
			if (i > 0 && (c == 0xFE0F || c == 0x20E3 ||
			              (c >= 0x1F3FB && c <= 0x1F3FF)))
				return TK_TOK_EMOJI;
		}
		if ((k & C_ALPHA) && i > 0 && hyphen_at(p, i - 1, n))
			hyph_letter = true;
		if ((k & C_ALPHA) && i >= 3 && hyphen_at(p, i - 3, n) == 3)
			hyph_letter = true;
		all |= k;
		i += (size_t)l;
	}
	if ((first & C_DIGIT) && !hyph_letter)
		return TK_TOK_NUMBER;
	if (all & (C_ALPHA | C_DIGIT | C_NUM))
		return (all & C_ALPHA) ? TK_TOK_WORD : TK_TOK_NUMBER;
	if (!(all & (C_ALPHA | C_DIGIT | C_NUM | C_MARK | C_SYM)))
		return TK_TOK_PUNCT;
	return TK_TOK_SYMBOL;
}

static inline int emit(const struct chunk *c, size_t i, size_t j,
                       enum tk_token_type type)
{
	struct tk_token tok = { c->s + i, j - i, i, type };
	return c->fn(c->ctx, &tok);
}

/* ---- special tokens -------------------------------------------------- */

/* URL at s[i], whose first UAX #29 segment ends at e: a scheme of
 * letters and digits and "://" (or "mailto:"), or "www." (any case);
 * then everything but white space and the characters RFC 3986 excludes,
 * minus trailing punctuation and unbalanced closing brackets.  Returns
 * its end or 0. */
/* The URL body from s[k]: everything but white space and the
 * characters RFC 3986 excludes, minus trailing punctuation and
 * unbalanced closing brackets; its end, or 0 if it is empty. */
static size_t url_body(const struct chunk *c, size_t i, size_t k)
{
	const char *s = c->s;
	size_t b = c->b, start_body = k;
	while (k < b) {
		int l;
		unsigned cl = cclass(s, k, &l);
		if (cl & C_URLX)
			break;
		if ((cl & C_NONASCII) && !(cl & C_WORD))
			break;
		k += (size_t)l;
	}
	/* Trailing punctuation belongs to the sentence. */
	for (;;) {
		if (k <= start_body)
			return 0;
		char z = s[k - 1];
		if (z == '.' || z == ',' || z == ';' || z == ':' || z == '!' ||
		    z == '?' || z == '\'' || z == '*') {
			k--;
			continue;
		}
		if (z == ')' || z == ']') {
			char o = z == ')' ? '(' : '[';
			long depth = 0;
			for (size_t q = i; q < k; q++)
				depth += (s[q] == o) - (s[q] == z);
			if (depth < 0) {
				k--;
				continue;
			}
		}
		break;
	}
	return k;
}

/* URL at s[i], whose first UAX #29 segment ends at e: a scheme and
 * "://" (or "mailto:"), or "www." (any case), then url_body().  Returns
 * its end or 0. */
static size_t url_at(const struct chunk *c, size_t i, size_t e)
{
	const char *s = c->s;
	size_t b = c->b, k = 0;
	/* a colon between letters is inside the segment (UAX #29 MidLetter,
	 * "mailto:x"): the scheme ends at the first colon */
	const char *colon = memchr(s + i, ':', e - i);
	if (colon)
		e = (size_t)(colon - s);
	if (e + 3 < b && s[e] == ':' && s[e + 1] == '/' && s[e + 2] == '/')
		k = url_body(c, i, e + 3);
	else if (e + 1 < b && s[e] == ':' && eq_nocase(s + i, e - i, "mailto"))
		k = url_body(c, i, e + 1);
	if (!k && i + 4 < b && eq_nocase(s + i, 4, "www.") &&
	    (ctab[(unsigned char)s[i + 4]] & (C_ALPHA | C_DIGIT)))
		k = url_body(c, i, i + 4);
	return k;
}

/* E-mail address at s[i]: local@domain, ASCII.  Returns its end or 0. */
static size_t email_at(const struct chunk *c, size_t i)
{
	const char *s = c->s;
	size_t b = c->b, k = i;
	if (s[i] == '.' || !(ctab[(unsigned char)s[i]] & C_LOCAL))
		return 0;
	while (k < b && (ctab[(unsigned char)s[k]] & C_LOCAL))
		k++;
	if (k >= b || s[k] != '@')
		return 0;
	size_t d = ++k;
	size_t end = 0;
	/* labels of letters, digits and inner hyphens, separated by dots */
	for (;;) {
		size_t l0 = k;
		while (k < b && (ctab[(unsigned char)s[k]] & C_HOST))
			k++;
		if (k == l0 || s[l0] == '-')
			break;
		size_t e = k;
		while (e > l0 && s[e - 1] == '-')
			e--;
		end = e;
		if (e < k || k + 1 >= b || s[k] != '.')
			break;
		k++;
	}
	return end > d ? end : 0;
}

/* Characters of a hashtag or mention name: letters, marks, digits, _ */
static size_t name_run(const char *s, size_t k, size_t b, bool *letter)
{
	while (k < b) {
		int l;
		unsigned cl = cclass(s, k, &l);
		size_t al;
		if (*letter && (al = apos_at(s, k, b)) != 0 &&
		    (cls_at(s, k + al, b) & C_ALPHA)) {
			k += al; /* @user's, #tag's */
			continue;
		}
		if (!(cl & C_WORD) && s[k] != '_')
			break;
		if (cl & C_ALPHA)
			*letter = true;
		k += (size_t)l;
	}
	return k;
}

/* #hashtag or @mention at s[i]: not after a letter or digit; a hashtag
 * needs a letter; a mention may have inner dots (@example.org). */
static size_t tag_at(const struct chunk *c, size_t i)
{
	const char *s = c->s;
	if (i > c->a && (cls_before(s, i) & C_WORD))
		return 0;
	bool letter = false;
	if (!(cls_at(s, i + 1, c->b) & (C_ALPHA | C_DIGIT)) &&
	    !(i + 1 < c->b && s[i + 1] == '_'))
		return 0; /* not a mark: "@" + U+0301 is one symbol */
	size_t k = name_run(s, i + 1, c->b, &letter);
	if (k == i + 1)
		return 0;
	if (s[i] == '#')
		return letter ? k : 0;
	while (k + 1 < c->b && s[k] == '.' &&
	       (cls_at(s, k + 1, c->b) & (C_ALPHA | C_DIGIT))) {
		size_t k2 = name_run(s, k + 1, c->b, &letter);
		k = k2;
	}
	return k;
}

/* Emoticons made of ASCII punctuation: one token each. */
static const struct emoticon {
	char s[4];
	unsigned char n;
} emoticons[] = {
#define E(x) { x, sizeof x - 1 }
	E(":-)"), E(":-("), E(":-D"), E(":-P"), E(":-p"), E(":-/"), E(":-|"),
	E(";-)"), E(":'("), E(">:("), E("^_^"), E(":)"), E(":("), E(":D"),
	E(":P"), E(":p"), E(":/"), E(":|"), E(";)"), E(";D"), E(":]"),
	E(":["), E("=)"), E("=("), E("<3"), E("^^"), E(":o"), E(":O"),
#undef E
};

static size_t emoticon_at(const struct chunk *c, size_t i)
{
	const char *s = c->s;
	for (size_t k = 0; k < TK_LEN(emoticons); k++) {
		const struct emoticon *e = &emoticons[k];
		size_t n = e->n;
		if (e->s[0] != s[i] || i + n > c->b || memcmp(s + i, e->s, n) != 0)
			continue;
		/* not inside a word: :D in "Note:Do", <3 in "<30" */
		if (i + n < c->b && (cls_at(s, i + n, c->b) & C_WORD))
			continue;
		unsigned last = ctab[(unsigned char)e->s[n - 1]];
		if ((last & (C_ALPHA | C_DIGIT)) && i > c->a &&
		    (cls_before(s, i) & C_WORD))
			continue;
		return i + n;
	}
	return 0;
}

/* A clitic alone ('s 'll n't ...: Penn Treebank output read back):
 * an apostrophe at the chunk start and a clitic up to the chunk end. */
static size_t clitic_at(const struct chunk *c, size_t i)
{
	if (i != c->a)
		return 0;
	size_t al = apos_at(c->s, i, c->b);
	if (!al)
		return 0;
	const char *w = c->s + i + al;
	size_t n = c->b - i - al;
	static const char *const cl[] = { "s", "m", "d", "re", "ve", "ll", NULL };
	for (const char *const *p = cl; *p; p++)
		if (eq_nocase(w, n, *p))
			return c->b;
	return 0;
}

/* ---- abbreviations --------------------------------------------------- */

/* Words whose period is part of them (as written, or capitalised, or
 * all caps).  Common English titles, company forms, months, Latin and
 * reference abbreviations; not words that are also common sentence
 * ends (no, in).  Sorted: is_abbrev() searches it by bisection, each
 * entry read as one big-endian 64-bit number (zero-padded, so numeric
 * order is the byte order of the words). */
static const char abbrevs[][8] = {
	"adm", "al", "approx", "apr", "assn", "assoc", "aug", "ave", "blvd",
	"bros", "ca", "capt", "cf", "ch", "cmdr", "co", "col", "corp", "dec",
	"dept", "dr", "ed", "eds", "est", "etc", "ext", "feb", "fig", "figs",
	"ft", "gen", "gov", "hon", "inc", "incl", "jan", "jr", "jul", "jun",
	"lt", "ltd", "mar", "messrs", "misc", "mlle", "mme", "mr", "mrs",
	"ms", "mt", "mx", "nov", "nr", "oct", "pp", "prof", "rd", "rep",
	"rev", "sen", "sep", "sept", "sgt", "sr", "st", "tel", "univ", "viz",
	"vol", "vols", "vs",
};

/* s[0..8) as a big-endian number. */
static inline uint64_t be64(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	return (uint64_t)u[0] << 56 | (uint64_t)u[1] << 48 |
	       (uint64_t)u[2] << 40 | (uint64_t)u[3] << 32 |
	       (uint64_t)u[4] << 24 | (uint64_t)u[5] << 16 |
	       (uint64_t)u[6] << 8 | (uint64_t)u[7];
}

static bool is_abbrev(const char *s, size_t n)
{
	if (n == 0 || n > 6)
		return false;
	char w[8] = { 0 };
	/* as listed (lower case), capitalised, or all capitals */
	bool caps = true, rest_lower = true;
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)s[i];
		if (!(ctab[ch] & C_ALPHA) || (ctab[ch] & C_NONASCII))
			return false;
		if (i > 0) {
			if (ctab[ch] & C_UPPER)
				rest_lower = false;
			else
				caps = false;
		}
		w[i] = (char)lower(ch);
	}
	if (!rest_lower && !caps)
		return false;
	/* bisection without a data-dependent branch (a conditional
	 * move): the words it sees are in the list or not at random */
	uint64_t key = be64(w);
	size_t base = 0, len = TK_LEN(abbrevs);
	while (len > 1) {
		size_t half = len / 2;
		base = be64(abbrevs[base + half]) <= key ? base + half : base;
		len -= half;
	}
	return be64(abbrevs[base]) == key;
}

/* A segment that keeps a following period: an abbreviation from the
 * list, one capital letter (an initial: J. R. R. Tolkien), or short
 * letter groups joined by periods (U.S, e.g, Ph.D, a.m). */
static bool keeps_period(const char *s, size_t n)
{
	if (n == 1)
		return (cls_at(s, 0, 1) & C_UPPER) != 0;
	int l;
	if (n <= 4 && (cclass(s, 0, &l) & C_UPPER) && (size_t)l == n)
		return true; /* a non-ASCII capital */
	if (is_abbrev(s, n))
		return true;
	size_t part = 0;
	bool dotted = false;
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)s[i];
		if (ch == '.') {
			if (part == 0)
				return false;
			dotted = true;
			part = 0;
		} else if ((ctab[ch] & C_ALPHA) && !(ctab[ch] & C_NONASCII)) {
			if (++part > 3)
				return false;
		} else
			return false;
	}
	return dotted;
}

/* keeps_period() of a run of word characters (no period inside). */
static inline bool run_keeps_period(const char *s, size_t n)
{
	return n == 1 ? (ctab[(unsigned char)s[0]] & C_UPPER) != 0
	              : is_abbrev(s, n);
}

/* ---- word extensions ------------------------------------------------- */

/* French and Italian elided words (l'homme, qu'il, dell'anno), which
 * --split-contractions cuts after the apostrophe. */
static bool is_elision(const char *s, size_t n)
{
	static const char *const el[] = { "l", "d", "j", "m", "n", "s", "t",
		"c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
		"dell", "nell", "all", "dall", "sull", "quell", "un", NULL };
	for (const char *const *e = el; *e; e++)
		if (eq_nocase(s, n, *e))
			return true;
	return false;
}

/* Segment s[i..j) is a word or number segment; extend it by the rules
 * of the file comment and return the token end. */
static size_t extend_word(struct chunk *c, size_t i, size_t j)
{
	const char *s = c->s;
	size_t b = c->b;
	const struct tk_tokenizer_opts *o = &c->t->o;
	unsigned first = cls_at(s, i, b);

	for (;;) {
		/* numbers: 10:30, 08/16/2000 */
		if ((first & C_DIGIT) && j + 1 < b && (s[j] == ':' || s[j] == '/') &&
		    (ctab[(unsigned char)s[j - 1]] & C_DIGIT) &&
		    (ctab[(unsigned char)s[j + 1]] & C_DIGIT)) {
			j = seg_end(c, j + 1);
			continue;
		}
		/* abbreviation period: U.S. Dr. J. (not before another period) */
		if (j < b && s[j] == '.' && (j + 1 == b || s[j + 1] != '.')) {
			size_t p0 = j;
			while (p0 > i && !hyphen_at(s, p0 - 1, b) &&
			       s[p0 - 1] != '\'' && s[p0 - 1] != '/')
				p0--;
			if (keeps_period(s + p0, j - p0)) {
				j++; /* and on: U.S.-based */
				continue;
			}
		}
		/* hyphenated compounds: 45-year-old, e-mail */
		if (!o->split_hyphens) {
			size_t h = hyphen_at(s, j, b);
			if (h && j + h < b &&
			    (cls_at(s, j + h, b) & (C_ALPHA | C_DIGIT | C_MARK))) {
				j = seg_end(c, j + h);
				continue;
			}
			/* a trailing hyphen before white space: "pre- and post-war" */
			if (h && j + h == b &&
			    (cls_before(s, j) & (C_ALPHA | C_MARK)) &&
			    !(first & C_DIGIT))
				j += h;
		}
		break;
	}
	/* 1990's, 12's */
	if (first & C_DIGIT) {
		size_t al = apos_at(s, j, b);
		if (al && j + al < b && (s[j + al] == 's' || s[j + al] == 'S') &&
		    !(cls_at(s, j + al + 1, b) & C_WORD))
			j += al + 1;
	}
	/* possessive plural: parents' (not a closing quote) */
	size_t al = apos_at(s, j, b);
	if (al && !c->t->squote_open && (s[j - 1] == 's' || s[j - 1] == 'S') &&
	    !(cls_at(s, j + al, b) & C_WORD))
		j += al;
	/* elision read back from PTB output: l' d' qu' */
	if (o->split_contractions && al && j + al == b && is_elision(s + i, j - i))
		j += al;
	return j;
}

/* --split-contractions: emit word s[i..j) as Penn Treebank pieces. */
static int split_word(struct chunk *c, size_t i, size_t j,
                      enum tk_token_type type)
{
	const char *s = c->s;
	size_t q, al = 0;
	/* find the last apostrophe */
	for (q = j; q > i; q--) {
		if ((al = apos_at(s, q - 1, j)) != 0) {
			q--;
			break;
		}
		if (q - i >= 3 && (al = apos_at(s, q - 3, j)) == 3) {
			q -= 3;
			break;
		}
	}
	if (!al)
		return emit(c, i, j, type);
	size_t cut = 0;
	const char *suf = s + q + al;
	size_t sufn = j - q - al;
	/* n't: do|n't, ca|n't */
	if (sufn == 1 && (suf[0] == 't' || suf[0] == 'T') && q > i &&
	    (s[q - 1] == 'n' || s[q - 1] == 'N')) {
		if (q - 1 == i)
			return emit(c, i, j, type); /* n't alone */
		if (cls_before(s, q - 1) & C_ALPHA)
			cut = q - 1;
	}
	else if (q > i && (eq_nocase(suf, sufn, "s") || eq_nocase(suf, sufn, "m") ||
	                   eq_nocase(suf, sufn, "d") || eq_nocase(suf, sufn, "re") ||
	                   eq_nocase(suf, sufn, "ve") || eq_nocase(suf, sufn, "ll")))
		cut = q;
	else {
		/* elision: the prefix before the first apostrophe */
		size_t f, fl = 0;
		for (f = i; f < j; f++)
			if ((fl = apos_at(s, f, j)) != 0)
				break;
		if (fl && f == q && is_elision(s + i, f - i)) {
			/* the rest must read back as a word, not as a URL
			 * (www.example.org, mailto:x) */
			struct chunk rest = *c;
			rest.a = f + fl;
			rest.b = j;
			if (f + fl < j && (cls_at(s, f + fl, j) & C_ALPHA) &&
			    !url_at(&rest, f + fl, j))
				cut = f + fl;
			else
				return emit(c, i, j, type); /* l' alone */
		}
		if (!cut && sufn == 0 && q > i)
			cut = q; /* parents|' */
	}
	if (!cut || cut == i || cut == j)
		return emit(c, i, j, type);
	/* The left part may hold another contraction (a run-together
	 * "gn'tn't"): split it the same way, so that the pieces read back
	 * give themselves. */
	enum tk_token_type lt = classify(s + i, cut - i);
	int r = lt == TK_TOK_WORD ? split_word(c, i, cut, lt) : emit(c, i, cut, lt);
	return r ? r : emit(c, cut, j, classify(s + cut, j - cut));
}

static inline int emit_word(struct chunk *c, size_t i, size_t j,
                            enum tk_token_type type)
{
	if (likely(!c->t->o.split_contractions) || type != TK_TOK_WORD)
		return emit(c, i, j, type);
	return split_word(c, i, j, type);
}

/* ---- the chunk loop -------------------------------------------------- */

/* An ASCII hyphen in s[0..n) (a short token: no memchr call). */
static inline bool has_hyphen(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] == '-')
			return true;
	return false;
}

static int chunk(struct chunk *c)
{
	struct tk_tokenizer *t = c->t;
	const char *s = c->s;
	size_t i = c->a, b = c->b;
	if (!c->ascii) {
		size_t n = b - c->a;
		if (t->brkcap < n) {
			t->brkcap = xgrow(t->brkcap, n, 256);
			free(t->brk);
			t->brk = xmalloc(t->brkcap);
		}
		wordbreaks(t, s + c->a, n, t->brk);
		c->base = c->a;
	}
	if (t->o.uax29) {
		/* UAX #29 segments, which --split-contractions still splits
		 * (as ascii_line() does) */
		while (i < b) {
			size_t j = seg_end(c, i);
			int r = emit_word(c, i, j, classify(s + i, j - i));
			if (r)
				return r;
			i = j;
		}
		return 0;
	}
	while (i < b) {
		unsigned char ch = (unsigned char)s[i];
		unsigned k = ctab[ch];
		size_t j = 0;
		enum tk_token_type type = TK_TOK_WORD;
		int r;

		size_t e = 0; /* end of the segment at i, once computed */
		if (k & C_ALPHA) {
			if (!(k & C_NONASCII) && (c->has_colon || (ch | 0x20) == 'w') &&
			    (j = url_at(c, i, e = seg_end(c, i))) != 0)
				type = TK_TOK_URL;
			else if (c->has_at && (j = email_at(c, i)) != 0)
				type = TK_TOK_EMAIL;
		} else if (k & C_DIGIT) {
			if (c->has_at && (j = email_at(c, i)) != 0)
				type = TK_TOK_EMAIL;
		} else if (ch == '@' || ch == '#') {
			if ((j = tag_at(c, i)) != 0)
				type = ch == '@' ? TK_TOK_MENTION : TK_TOK_HASHTAG;
		}
		if (!j && (k & C_EMO) && (j = emoticon_at(c, i)) != 0)
			type = TK_TOK_SYMBOL;
		if (!j && (ch == '\'' || ch == 0xE2) && (j = clitic_at(c, i)) != 0)
			type = TK_TOK_WORD;
		if (!j && (k & C_TERM)) {
			size_t z = i + 1;
			while (z < b && (ctab[(unsigned char)s[z]] & C_TERM))
				z++;
			if (z - i > 1) {
				j = z;
				type = TK_TOK_PUNCT;
			}
		}
		if (!j && (k & C_RUN) && i + 1 < b && s[i + 1] == s[i]) {
			j = i + 2;
			while (j < b && s[j] == s[i])
				j++;
			type = classify(s + i, 1);
		}
		if (j) {
			r = emit(c, i, j, type);
		} else {
			if (!e)
				e = seg_end(c, i);
			j = e;
			unsigned f = k;
			if (k & C_NONASCII) {
				tk_char u;
				tk_utf8_decode(s + i, &u);
				f = uentry(u);
				if (u == 0x2139) /* see classify() */
					f |= U_EMOJI;
			}
			if (((f & C_WORD) || ch == '_') && j < b &&
			    (ctab[(unsigned char)s[j]] & C_EXT))
				j = extend_word(c, i, j);
			/* ASCII: a letter first makes a word, a digit a
			 * number unless a hyphen may come before a letter
			 * (what classify() would find, cheaper: 10:30 1,000);
			 * a non-ASCII letter first that starts no emoji
			 * makes a word (classify() again) */
			if (c->ascii && (k & C_ALPHA))
				type = TK_TOK_WORD;
			else if (c->ascii && (k & C_DIGIT) &&
			         (j == e || !has_hyphen(s + i, j - i)))
				type = TK_TOK_NUMBER;
			else if (!t->o.no_fast_path &&
			         (f & (C_ALPHA | C_NONASCII | U_EMOJI)) ==
			         (C_ALPHA | C_NONASCII))
				type = TK_TOK_WORD;
			else
				type = classify(s + i, j - i);
			if (j - i <= 3 && (ch == '\'' || ch == '`' ||
			                   (j - i == 3 && ch == 0xE2 &&
			                    (unsigned char)s[i + 1] == 0x80 &&
			                    ((unsigned char)s[i + 2] == 0x98 ||
			                     (unsigned char)s[i + 2] == 0x99)))) {
				/* single quotes: opening before a word, closing after */
				if (j < b && (cls_at(s, j, b) & C_WORD) &&
				    (i == c->a || !(cls_before(s, i) & C_WORD)))
					t->squote_open = true;
				else if (i > c->a && (cls_before(s, i) & C_WORD))
					t->squote_open = false;
			}
			r = emit_word(c, i, j, type);
		}
		if (r)
			return r;
		i = j;
	}
	return 0;
}

/* The chunks of s[i..n) (a whole line or the rest of one), each
 * classified and sent to chunk(): the general path.  With stop, only up
 * to the first chunk that ends at ASCII white space or at n, whose end
 * goes to *stop (fast_line() goes on from there). */
static int general(struct chunk *c, size_t i, size_t n, size_t *stop)
{
	const char *s = c->s;
	if (stop)
		*stop = n;
	while (i < n) {
		/* white space */
		size_t l;
		while (i < n && (l = space_at(s, i)) != 0)
			i += l;
		if (i >= n)
			break;
		/* the chunk: up to the next white space */
		size_t a = i;
		bool ascii = true, colon = false, at = false;
		while (i < n) {
			unsigned char b = (unsigned char)s[i];
			if (b < 0x80) {
				if (ctab[b] & C_SPACE)
					break;
				colon |= b == ':';
				at |= b == '@';
				i++;
				continue;
			}
			if (space_at(s, i))
				break;
			ascii = false;
			i += (size_t)tk_utf8_seqlen(b);
		}
		c->a = a;
		c->b = i;
		c->ascii = ascii && !c->t->o.no_fast_path;
		c->has_at = at;
		c->has_colon = colon;
		int r = chunk(c);
		if (r)
			return r;
		if (stop && (i == n || (unsigned char)s[i] < 0x80)) {
			*stop = i;
			return 0;
		}
	}
	return 0;
}

/* fast_line()'s way into general() for a chunk that starts with a
 * non-ASCII character at s[i]: general() finds the chunk's end, which
 * is returned; *r is general()'s result.  Cold and not inlined, so that
 * fast_line()'s ASCII loop compiles as before (inline, or only not
 * inlined, it cost English text 3-7% more instructions). */
#if defined(__GNUC__)
__attribute__((cold))
#endif
static TK_NOINLINE size_t general_from(struct chunk *c, size_t i, size_t n,
                                       int *r)
{
	size_t end;
	*r = general(c, i, n, &end);
	c->ascii = true;
	return end;
}

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Warray-bounds" /* see wordbreak.h */
#endif
/* End of the run of word characters (A-Z a-z 0-9 _) from s[i] in
 * s[0..n), and in *kend the class of the byte that ends it (C_SPACE at
 * the end of the line): ASCII letters eight at a time as in
 * tk_wb_ascii_segment().  Any byte >= 0x80 ends the run: the first
 * byte of the eight that is not a letter has only letters below it, so
 * no carry reaches its test, and a non-ASCII byte fails it whatever its
 * value. */
static inline TK_ALWAYS_INLINE size_t word_run(const char *s, size_t i,
                                               size_t n, unsigned *kend)
{
#if defined(__GNUC__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	while (i + 8 <= n) {
		uint64_t x, t, m;
		__builtin_memcpy(&x, s + i, 8);
		t = x | 0x2020202020202020ull;
		m = (t + 0x1F1F1F1F1F1F1F1Full) & ~(t + 0x0505050505050505ull);
		m = ~m & 0x8080808080808080ull;
		if (m) {
			i += (size_t)__builtin_ctzll(m) >> 3;
			break;
		}
		i += 8;
	}
#endif
	unsigned k = C_SPACE;
	while (i < n && ((k = ctab[(unsigned char)s[i]]) & C_WRUN))
		i++;
	*kend = i < n ? k : C_SPACE;
	return i;
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

/* The fast path, for any line: chunks of ASCII text between ASCII
 * white space are tokenized here, the others go to general().  No
 * separate pass checks that the line is ASCII: a chunk is known to be
 * ASCII once scanned.  Most chunks are one run of letters or digits
 * (a segment without middle characters, so no URL, no e-mail, no
 * abbreviation dots), maybe followed by one closing punctuation
 * character (word, word: word. 1990;): those are emitted at once,
 * without looking at the chunk twice.  Other ASCII chunks that are one
 * word or number segment, or numbers joined by colons or slashes, maybe
 * with that closing character, are also emitted here; any other chunk
 * goes to chunk().  The differential unit tests check all of this
 * against the general path. */
static int fast_line(struct chunk *c, size_t n)
{
	const char *s = c->s;
	size_t i = 0;
	int r;
	/* read once: the callback may write anywhere */
	const bool split = c->t->o.split_contractions;
	c->ascii = true;
	while (i < n) {
		unsigned k = ctab[(unsigned char)s[i]];
		if (k & C_SPACE) {
			i++;
			continue;
		}
		if (k & (C_ALPHA | C_DIGIT)) {
			unsigned kj;
			size_t j = word_run(s, i + 1, n, &kj);
			enum tk_token_type type = k & C_ALPHA ? TK_TOK_WORD
			                                      : TK_TOK_NUMBER;
			if (kj & C_SPACE) {
				if ((r = split ? emit_word(c, i, j, type)
				               : emit(c, i, j, type)) != 0)
					return r;
				i = j + 1;
				continue;
			}
			/* "word," "word." before white space: no rule but the
			 * abbreviation period applies, which for a run of
			 * letters is keeps_period() on it (no other period,
			 * apostrophe or hyphen inside) */
			if ((kj & C_END) && (j + 1 == n ||
			                     (ctab[(unsigned char)s[j + 1]] & C_SPACE)) &&
			    (s[j] != '.' || !run_keeps_period(s + i, j - i))) {
				if ((r = split ? emit_word(c, i, j, type)
				               : emit(c, i, j, type)) != 0 ||
				    (r = emit(c, j, j + 1, TK_TOK_PUNCT)) != 0)
					return r;
				i = j + 2;
				continue;
			}
		}
		if (unlikely(k & C_NONASCII)) {
			int rg;
			i = general_from(c, i, n, &rg);
			if (rg)
				return rg;
			continue;
		}
		/* Any other chunk: scan it (is it ASCII? does it hold an
		 * '@', colons, an apostrophe?) */
		size_t a = i;
		unsigned all = 0, colons = 0;
		for (; i < n; i++) {
			unsigned char ch = (unsigned char)s[i];
			unsigned kc = ctab[ch];
			if (kc & C_SPACE)
				break;
			all |= kc;
			colons += ch == ':';
			all |= ch == '@' ? C_AT : ch == '\'' ? C_APOS : 0;
		}
		if (all & C_NONASCII) {
			if ((r = general(c, a, i, NULL)) != 0)
				return r;
			c->ascii = true;
			continue;
		}
		c->a = a;
		c->b = i;
		c->has_at = (all & C_AT) != 0;
		c->has_colon = colons != 0;
		if (k & (C_ALPHA | C_DIGIT)) {
			/* one segment with middle characters (don't 1,000
			 * U.S), maybe with one closing character */
			size_t b = i, j = a + tk_wb_ascii_segment(s + a, b - a);
			enum tk_token_type type = k & C_ALPHA ? TK_TOK_WORD
			                                      : TK_TOK_NUMBER;
			if ((s[a] | 0x20) == 'w' && j - a > 4 &&
			    eq_nocase(s + a, 4, "www.")) {
				/* a URL: chunk() */
			} else if (j == b && colons == 0) {
				/* a colon inside may be a URL (mailto:x) */
				if ((r = emit_word(c, a, j, type)) != 0)
					return r;
				continue;
			} else if (j + 1 == b && (ctab[(unsigned char)s[j]] & C_END) &&
			           colons == (s[j] == ':') &&
			           (s[j] != '.' || (!(all & C_APOS) &&
			                            !keeps_period(s + a, j - a)))) {
				if ((r = emit_word(c, a, j, type)) != 0 ||
				    (r = emit(c, j, j + 1, TK_TOK_PUNCT)) != 0)
					return r;
				continue;
			} else if ((k & C_DIGIT) && !(all & C_AT) && !c->t->o.uax29) {
				/* numbers joined by extend_word()'s first rule
				 * (10:30 08/16/2000 1:1), maybe with one closing
				 * character but a period; no other rule applies
				 * to them, and a digit first makes no URL */
				while (j + 1 < b && (s[j] == ':' || s[j] == '/') &&
				       (ctab[(unsigned char)s[j - 1]] & C_DIGIT) &&
				       (ctab[(unsigned char)s[j + 1]] & C_DIGIT))
					j += 1 + tk_wb_ascii_segment(s + j + 1, b - j - 1);
				if (j == b || (j + 1 == b && s[j] != '.' &&
				               (ctab[(unsigned char)s[j]] & C_END))) {
					if ((r = emit(c, a, j, TK_TOK_NUMBER)) != 0 ||
					    (j < b && (r = emit(c, j, b, TK_TOK_PUNCT)) != 0))
						return r;
					continue;
				}
			}
		}
		if ((r = chunk(c)) != 0)
			return r;
	}
	return 0;
}

/* Tokenize s[0..n) with the line state t holds (tk_tokenize() resets
 * it, tk_tokenize_more() keeps it). */
static int tokenize(struct tk_tokenizer *t, const char *s, size_t n,
                    tk_token_fn fn, void *ctx)
{
	struct chunk c = { .t = t, .s = s, .fn = fn, .ctx = ctx };
	if (unlikely(t->o.no_fast_path))
		return general(&c, 0, n, NULL);
	return fast_line(&c, n);
}

int tk_tokenize(struct tk_tokenizer *t, const char *s, size_t n,
                tk_token_fn fn, void *ctx)
{
	t->squote_open = false;
	return tokenize(t, s, n, fn, ctx);
}

int tk_tokenize_more(struct tk_tokenizer *t, const char *s, size_t n,
                     tk_token_fn fn, void *ctx)
{
	return tokenize(t, s, n, fn, ctx);
}

size_t tk_token_cut(const char *s, size_t n)
{
	/* Rules never look across white space, so a cut after the last
	 * white-space character (ASCII or not) is safe. */
	for (size_t i = n; i > 0; i--) {
		unsigned char b = (unsigned char)s[i - 1];
		if ((b & 0xC0) == 0x80)
			continue; /* inside a character */
		size_t l = space_at(s, i - 1);
		if (l && i - 1 + l <= n)
			return i - 1 + l;
	}
	return 0;
}

/* tk_token_cut_line(): the quote state after each token, and the last
 * token start after white space where the state was closed. */
struct cut_scan {
	const struct tk_tokenizer *t;
	size_t prev_end;
	bool open;   /* quote state after the previous token */
	size_t cut;
};

static int cut_scan_token(void *ctx, const struct tk_token *tok)
{
	struct cut_scan *k = ctx;
	if (tok->offset > k->prev_end && !k->open)
		k->cut = tok->offset;
	k->prev_end = tok->offset + tok->len;
	k->open = k->t->squote_open; /* chunk() sets it before the emit */
	return 0;
}

size_t tk_token_cut_line(const char *s, size_t n)
{
	size_t ws = tk_token_cut(s, n);
	if (ws == 0)
		return 0;
	struct tk_tokenizer t = { .o = { 0 } };
	struct cut_scan k = { &t, 0, false, 0 };
	tokenize(&t, s, ws, cut_scan_token, &k);
	free(t.brk);
	if (!k.open || (k.cut == 0 && n > TK_TOKEN_CUT_LINE_MAX))
		return ws;
	return k.cut;
}
