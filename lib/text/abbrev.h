/* abbrev.h - per-language abbreviation lists for sentence splitting.
 *
 * A list holds three kinds of knowledge, read from text in one format
 * (data/abbrev/LANG.txt, compiled into the library, and user files given
 * with --abbrev=FILE):
 *
 *   # comment                  ignored, as are blank lines
 *   Dr. title                  an abbreviation that never ends a sentence
 *                              (titles, "e.g.", "vs.")
 *   No. num                    an abbreviation only before a number
 *                              ("No. 5", "p. 12"); elsewhere a word
 *   etc.                       an abbreviation that ends a sentence only
 *                              when a sentence starter follows
 *   ill. word                  the same, for a word that is also an
 *                              ordinary word or often ends a sentence
 *                              (ill. Wash. min. lb.): tokenize keeps its
 *                              period only where the context makes it an
 *                              abbreviation (as it does for "num")
 *   z. B. title                a spaced abbreviation: parts that each
 *                              end with a period, separated by single
 *                              spaces (any white space in the text), with
 *                              one of the flags above for its last
 *                              period; its inner periods never end a
 *                              sentence (tk_abbrev_spaced())
 *   The                        (no final period) a sentence starter: a
 *                              word that, capitalised after an
 *                              abbreviation or initial, begins a sentence
 *   @ordinals                  the language writes ordinals with a period
 *                              ("3. Oktober"): a short number before a
 *                              non-starter does not end a sentence
 *
 * Entries are matched case-sensitively; an abbreviation is also found
 * when only its first letter's case differs ("Etc." finds "etc."), and
 * in capitals after the first letter when its letters are ASCII ("ETC."
 * and "eTC." find "etc."), except that a capitalised "word" entry is
 * not found in lower case ("Ark." and "Miss." are not the words "ark."
 * and "miss.").
 * Words (each part of a spaced entry) are at most TK_ABBREV_MAXLEN bytes,
 * a spaced entry has at most TK_ABBREV_MAXPARTS parts; longer entries
 * are an error.
 *
 * Ownership: the list copies what it is given; tk_abbrev_free frees all. */
#ifndef TK_ABBREV_H
#define TK_ABBREV_H

#include "base/common.h"

#define TK_ABBREV_MAXLEN 48
#define TK_ABBREV_MAXPARTS 8   /* of a spaced entry */

enum tk_abbrev_kind {
	TK_ABBR_NONE = 0,   /* not in the list */
	TK_ABBR_PLAIN,      /* ends a sentence only before a starter */
	TK_ABBR_TITLE,      /* never ends a sentence */
	TK_ABBR_NUM,        /* an abbreviation only before a number */
};

/* Flags beside the kind in tk_abbrev_lookup_flags() and the keys:
 * TK_ABBR_F_WORD for a "word" entry; TK_ABBR_F_PART when the word is a
 * part of a spaced abbreviation ("z" and "B" of "z. B."), maybe only
 * that (the kind then TK_ABBR_NONE). */
#define TK_ABBR_F_WORD 0x4
#define TK_ABBR_F_PART 0x8

struct tk_abbrev;

struct tk_abbrev *tk_abbrev_new(void);
void tk_abbrev_free(struct tk_abbrev *a);

/* Languages with a built-in list: "en", "de", ... NULL-terminated. */
extern const char *const tk_abbrev_languages[];

/* Add the built-in list of language `lang`; TK_EINVAL if there is none. */
int tk_abbrev_add_builtin(struct tk_abbrev *a, const char *lang);

/* Parse list text s[0..n) (the format above) into a.  On a malformed
 * line returns TK_EINVAL and sets *errline to its 1-based number. */
int tk_abbrev_add_text(struct tk_abbrev *a, const char *s, size_t n,
                       size_t *errline);

/* Read the file at path and add it: TK_EIO (errno set) if it cannot be
 * read, TK_EINVAL with *errline as above. */
int tk_abbrev_add_file(struct tk_abbrev *a, const char *path,
                       size_t *errline);

/* The built-in English list, built on first use and shared (thread
 * safe; never freed). */
const struct tk_abbrev *tk_abbrev_default(void);

/* The abbreviations of 1-8 ASCII letters, for the tokenizer's fast
 * check: sorted by key, the word in lower case read as a big-endian
 * number (zero-padded, so numeric order is byte order); lower, cap and
 * caps are what the list says of the word listed in lower case,
 * capitalised and in capitals (TK_ABBR_* | TK_ABBR_F_WORD |
 * TK_ABBR_F_PART, 0: not listed so).  A word in lower case is lower or
 * cap (not a capitalised "word" entry: "Ark." is no "ark."); capitalised,
 * cap or lower; in capitals after its first letter, lower, cap or caps
 * (tk_abbrev_pick() chooses).  Valid until a is changed. */
struct tk_abbrev_key {
	uint64_t key;
	uint8_t lower, cap, caps;
};
const struct tk_abbrev_key *tk_abbrev_keys(const struct tk_abbrev *a,
                                           size_t *n);

/* What a word written as `pref` says, else what `alt` (another case of
 * it) says, for a word in lower case (lower_text: a capitalised "word"
 * entry does not count), each TK_ABBR_* | flags: the first with a kind
 * or the word flag, with the part flag of both. */
static inline unsigned tk_abbrev_pick(unsigned pref, unsigned alt,
                                      bool lower_text)
{
	if (lower_text && (alt & TK_ABBR_F_WORD))
		alt = 0;
	unsigned m = 3 | TK_ABBR_F_WORD;
	return ((pref & m) ? pref & m : alt & m) |
	       ((pref | alt) & TK_ABBR_F_PART);
}

/* s[0..8) as a big-endian number. */
static inline uint64_t tk_abbrev_be64(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	return (uint64_t)u[0] << 56 | (uint64_t)u[1] << 48 |
	       (uint64_t)u[2] << 40 | (uint64_t)u[3] << 32 |
	       (uint64_t)u[4] << 24 | (uint64_t)u[5] << 16 |
	       (uint64_t)u[6] << 8 | (uint64_t)u[7];
}

/* Kind of the abbreviation w[0..n) (given without its final period,
 * e.g. "U.S", "Dr"). */
enum tk_abbrev_kind tk_abbrev_lookup(const struct tk_abbrev *a,
                                     const char *w, size_t n);
/* The same with the flags TK_ABBR_F_WORD and TK_ABBR_F_PART. */
unsigned tk_abbrev_lookup_flags(const struct tk_abbrev *a, const char *w,
                                size_t n);
/* Does the list hold spaced abbreviations ("z. B.")? */
bool tk_abbrev_has_spaced(const struct tk_abbrev *a);
/* A spaced abbreviation of the list in the text s[0..n) around the word
 * s[w..p) and the period s[p] after it: its parts separated by white
 * space (one character or more), the first not preceded by a letter,
 * digit or period; the first letter of the first part may be in the
 * other case ("Z. B.").  Returns the entry's kind when s[p] is its last
 * period, TK_ABBR_TITLE when it is an inner one (the sentence goes on),
 * TK_ABBR_NONE when no entry matches there. */
enum tk_abbrev_kind tk_abbrev_spaced(const struct tk_abbrev *a,
                                     const char *s, size_t n, size_t w,
                                     size_t p);
/* Could the text after s[0..n) complete a spaced abbreviation of the
 * list around s[w..p) and its period s[p] (its parts so far match up to
 * the end)?  A reader of text in windows waits for more then. */
bool tk_abbrev_spaced_open(const struct tk_abbrev *a, const char *s,
                           size_t n, size_t w, size_t p);
/* Is w[0..n), a word and its period, the last part of a spaced
 * abbreviation of the list ("B." of "z. B.")? */
bool tk_abbrev_last_part(const struct tk_abbrev *a, const char *w, size_t n);
/* Is w[0..n) a sentence starter? */
bool tk_abbrev_is_starter(const struct tk_abbrev *a, const char *w,
                          size_t n);
/* Does the language write ordinals with a period (@ordinals)? */
bool tk_abbrev_ordinals(const struct tk_abbrev *a);

/* Thai writes no full stop at a sentence's end: a period after Thai
 * letters ends an abbreviation, of one consonant (จ. for จังหวัด, the
 * province) or of groups of up to three consonants joined by periods
 * (พ.ศ., the Buddhist era; ก.พ., February; ร.ต.อ.), in every language
 * (no list).  Is s[0..n), before its last period, such an
 * abbreviation (จ, พ.ศ)? */
bool tk_abbrev_thai(const char *s, size_t n);
/* Bytes of one more group and its period at s[0..n) ("ศ." after
 * "พ."), or 0. */
size_t tk_abbrev_thai_part(const char *s, size_t n);

#endif
