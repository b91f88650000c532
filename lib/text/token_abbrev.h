/* token_abbrev.h - which words keep a following period (T10): the
 * abbreviation list, initials, dotted letter groups.  Internal to
 * lib/text/token*.c; static, so that the fast path's calls keep its
 * registers (a call to another file clobbers them all: measured 3% more
 * instructions on kjvbible.txt). */
#ifndef TK_TOKEN_ABBREV_H
#define TK_TOKEN_ABBREV_H

#include "token_class.h"

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

static TK_NOINLINE bool is_abbrev(const char *s, size_t n)
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
static TK_NOINLINE bool keeps_period(const char *s, size_t n)
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

#endif
