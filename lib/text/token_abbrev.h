/* token_abbrev.h - which words keep a following period (T10): the
 * abbreviation list, initials, dotted letter groups.  Internal to
 * lib/text/token*.c; static, so that the fast path's calls keep its
 * registers (a call to another file clobbers them all: measured 3% more
 * instructions on kjvbible.txt). */
#ifndef TK_TOKEN_ABBREV_H
#define TK_TOKEN_ABBREV_H

#include "abbrev.h"
#include "token_class.h"

struct tk_tokenizer {
	struct tk_tokenizer_opts o;
	const struct tk_abbrev *abbrev; /* o.abbrev or the default */
	const struct tk_abbrev_key *keys; /* its fast keys */
	size_t nkeys;
	bool spaced;        /* it holds spaced abbreviations ("z. B.") */
	bool seen;          /* an earlier span of the line had a token */
	bool para_end;      /* tk_tokenizer_para_end() */
	char *brk;          /* boundaries of the current non-ASCII chunk */
	size_t brkcap;
	bool squote_open;   /* an opening single quote is pending */
	struct tk_dictseg *ds; /* words in Han, kana, Thai... runs; NULL: none */
};

/* What keeps_period() says of a word before a period. */
enum {
	KP_NO,    /* a word: the period is a token of its own */
	KP_YES,   /* an abbreviation: the period is part of it */
	KP_CTX,   /* an abbreviation where the sentence goes on: before a
	           * number, a lower-case word or a capitalised word that
	           * is no sentence starter (an initial, "Wash.", "ill.") */
	KP_NUM,   /* an abbreviation before a number ("No. 5", "figs. 2") */
	KP_PART,  /* only a part of a spaced abbreviation ("z" of "z. B."):
	           * the period is kept where the whole is written */
};

/* The list's kind (TK_ABBR_* | TK_ABBR_F_WORD) of the word s[0..n) of
 * ASCII letters, or 0: lower case, capitalised, or in capitals after
 * the first letter, as tk_abbrev_lookup() matches them, through the
 * list's sorted keys. */
static TK_NOINLINE unsigned is_abbrev(const struct tk_abbrev_key *keys,
                                      size_t nkeys, const char *s, size_t n)
{
	if (n == 0 || n > 8 || nkeys == 0)
		return 0;
	char w[8] = { 0 };
	/* rest_lower, rest_caps: the letters after the first */
	bool lower = true, rest_lower = true, rest_caps = true;
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)s[i];
		unsigned k = ctab[ch];
		if (!(k & C_ALPHA) || (k & C_NONASCII))
			return 0;
		if (k & C_UPPER) {
			lower = false;
			if (i > 0)
				rest_lower = false;
		} else if (i > 0)
			rest_caps = false;
		w[i] = (char)(ch | 0x20);
	}
	/* bisection without a data-dependent branch (a conditional
	 * move): the words it sees are in the list or not at random */
	uint64_t key = tk_abbrev_be64(w);
	size_t base = 0, len = nkeys;
	while (len > 1) {
		size_t half = len / 2;
		base = keys[base + half].key <= key ? base + half : base;
		len -= half;
	}
	const struct tk_abbrev_key *e = &keys[base];
	if (e->key != key)
		return 0;
	if (lower)
		return tk_abbrev_pick(e->lower, e->cap, true);
	if (rest_lower)
		return tk_abbrev_pick(e->cap, e->lower, false);
	if (rest_caps)
		return tk_abbrev_pick(e->lower,
		                      tk_abbrev_pick(e->cap, e->caps, false),
		                      false);
	return 0;
}

static inline int kp_of(unsigned kind)
{
	if (!(kind & (3 | TK_ABBR_F_WORD)))
		return kind ? KP_PART : KP_NO;
	if (kind & TK_ABBR_F_WORD)
		return KP_CTX;
	return (kind & 3) == TK_ABBR_NUM ? KP_NUM : KP_YES;
}

/* Does the segment s[0..n) keep a following period (KP_*)?  An
 * abbreviation of the list, one capital letter (an initial: J. R. R.
 * Tolkien, but "said I."), or short letter groups joined by periods
 * (U.S, e.g, Ph.D, a.m). */
static TK_NOINLINE int keeps_period(const struct tk_tokenizer *t,
                                    const char *s, size_t n)
{
	if (n == 1 && (cls_at(s, 0, 1) & C_UPPER))
		return KP_CTX;
	int l;
	if (n <= 4 && (cclass(s, 0, &l) & C_UPPER) && (size_t)l == n)
		return KP_CTX; /* a non-ASCII capital */
	int kp = kp_of(is_abbrev(t->keys, t->nkeys, s, n));
	if (kp != KP_NO)
		return kp;
	size_t part = 0;
	bool dotted = false, groups = true, ascii = true;
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)s[i];
		if (ch == '.') {
			groups &= part > 0;
			dotted = true;
			part = 0;
		} else if (ch >= 0x80)
			ascii = false;
		else if (ctab[ch] & C_ALPHA)
			groups &= ++part <= 3;
		else
			groups = false;
	}
	if (ascii && dotted && groups)
		return KP_YES;
	if (tk_abbrev_thai(s, n))
		return KP_YES; /* Thai: no sentence ends with a period */
	/* the rest of the list: non-ASCII words (г. т.е), longer ones */
	if ((!ascii || n > 8) && n <= TK_ABBREV_MAXLEN)
		return kp_of(tk_abbrev_lookup_flags(t->abbrev, s, n));
	return KP_NO;
}

/* keeps_period() of a run of ASCII word characters (no period inside). */
static inline int run_keeps_period(const struct tk_tokenizer *t,
                                   const char *s, size_t n)
{
	if (n == 1 && (ctab[(unsigned char)s[0]] & C_UPPER))
		return KP_CTX;
	return kp_of(is_abbrev(t->keys, t->nkeys, s, n));
}

#endif
