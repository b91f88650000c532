/* token_class.h - the tokenizer's character classes (internal to
 * lib/text/token*.c): a 256-entry table for the bytes, and pages of
 * libunistring's answers for other code points (base/pagetab.h).
 * The classes are general categories (letter, digit, mark, ...) plus
 * the tokenizer's own sets of ASCII characters (may extend a word, may
 * start an emoticon, ...). */
#ifndef TK_TOKEN_CLASS_H
#define TK_TOKEN_CLASS_H

#include "token.h"
#include "base/pagetab.h"
#include "base/space.h"
#include "base/utf8.h"

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
	C_EXT = 1 << 14,   /* may extend a word: . : / - ' & and non-ASCII */
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

#define C_WORD (C_ALPHA | C_DIGIT | C_NUM | C_MARK)
/* in the page entries only: the code point starts an emoji */
#define U_EMOJI (1u << 15)

/* Classes of the bytes; every byte >= 0x80 is C_NONASCII (decode and
 * look the code point up). */
extern const uint32_t tk_token_ctab[256];
#define ctab tk_token_ctab

/* Classes and emoji start (U_EMOJI) of the non-ASCII code points. */
extern struct tk_pagetab tk_token_upages;
unsigned tk_token_uclass_uni(tk_char c);

static inline unsigned uentry(tk_char c)
{
	if (unlikely(c >= 0x110000))
		return tk_token_uclass_uni(c);
	return tk_pagetab_u16(&tk_token_upages, c);
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

/* Class of the character that ends at s[i] (i > 0). */
static inline unsigned cls_before(const char *s, size_t i)
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
static inline bool eq_nocase(const char *s, size_t n, const char *w)
{
	size_t i;
	for (i = 0; i < n && w[i]; i++)
		if (lower((unsigned char)s[i]) != (unsigned char)w[i])
			return false;
	return i == n && w[i] == '\0';
}

/* The type of a token that no special rule claimed (see tokenize.1):
 * emoji; number (starts with a digit and has no hyphen before a letter);
 * word (has a letter or a digit); punct (only punctuation); symbol. */
enum tk_token_type tk_token_classify(const char *p, size_t n);
#define classify tk_token_classify

#endif
