/* sentimpl.h - internals shared by the sentence segmenters (not installed).
 *
 * lib/text/sentence.c holds the default segmenter (the article rules),
 * sentuax29.c the plain UAX #29 segmenter, sentspace.c white space,
 * squeezing and reporting, sentlines.c the line-structure decisions.
 * All work on one struct tk_splitter. */
#ifndef TK_SENTIMPL_H
#define TK_SENTIMPL_H

#include "sentence.h"

extern const uint32_t tk_sb_stop_leads[8];

struct tk_splitter {
	struct tk_sentence_opts o;
	size_t max;
	bool started;       /* a sentence has been reported */
	int gap_nl;         /* line breaks since the last sentence (max 2) */
	bool line_start;    /* the feed position is at the start of a line */
	bool unit;          /* ...its line is a heading, list item, quote */
	size_t skip;        /* length of that line's marker at the position */
	uint8_t cls[256];   /* byte classes of the default scanner */
	uint8_t asb[128];   /* Sentence_Break of ASCII (never Extend/Format) */
	size_t carry_cols;  /* columns of the current line before the window */
	bool carry_term;    /* ...and whether they hold a sentence terminator */
	char list_letter;   /* the letter item expected next ("b" after "a.") */
	/* UAX #29 scratch */
	uint8_t *bp;
	size_t *bo;
	size_t bcap;
};

enum { C_NONE, C_STOP };

#define ONES 0x0101010101010101u
#define HIGHS 0x8080808080808080u
static inline uint64_t has_byte(uint64_t w, unsigned char c)
{
	uint64_t x = w ^ (ONES * c);
	return (x - ONES) & ~x & HIGHS;
}

/* White space at s, with NUL counted as a paragraph break under -z;
 * *nl gets the line breaks it stands for (0, 1, or 2 for a paragraph). */
size_t tk_sent_space_nl(const struct tk_splitter *sp, const char *s, size_t n,
                        int *nl);

/* Report s[a..b) trimmed; white space around it counts towards the gap
 * between sentences (two line breaks make a paragraph).  Returns the
 * callback's value. */
int tk_sent_report(struct tk_splitter *sp, const char *s, size_t a, size_t b,
                   bool cut, tk_sentence_fn fn, void *ctx);

/* Largest cut point <= lim in s[a..): after the last white space in
 * the second half, else at a character boundary. */
size_t tk_sent_cut_point(const char *s, size_t a, size_t lim);

/* Look-ahead is bounded: a decision at position i sees at most HORIZON
 * bytes after it (white space, openers, the next word, the next lines),
 * and text beyond that counts as absent.  So the window never holds more
 * than max_len + HORIZON bytes of an unfinished sentence, and a decision
 * does not depend on how the text was cut into windows. */
enum { HORIZON = 512 }; /* a word with spaces and quotes before it fits
                          many times over, and six lines of wrapped text;
                          the UD dev scores are the same with an
                          unbounded look-ahead */

/* Clamp the window s[0..*n) to HORIZON bytes after i; returns whether it
 * was cut (then *final is set: what lies beyond counts as absent). */
static inline bool tk_sent_horizon(const char *s, size_t *n, bool *final,
                                   size_t i)
{
	if (*n - i > HORIZON) {
		*n = i + tk_utf8_boundary(s + i, HORIZON);
		*final = true;
		return true;
	}
	return false;
}

/* Lines longer than this many columns are not hard-wrapped text (wrapped
 * text in mail, Gutenberg books and the KJV is 65-80 columns wide). */
#define TK_LINES_LONG 100
/* Nobody wraps prose this narrow: a paragraph of shorter lines is a list
 * of blocks (an address, a signature, a menu). */
#define TK_LINES_NARROW 40

/* Columns of s[0..n) (two for East Asian wide characters). */
size_t tk_sent_cols(const char *s, size_t n);

/* Does s[a..e) hold a sentence terminator before white space, a line
 * break or the window's end n? */
bool tk_sent_has_term(const char *s, size_t a, size_t e, size_t n);

/* A heading, list item or block quote line: its marker's length
 * (through the space after it), else 0.  s is the first non-blank
 * character of the line; the line ends at '\n' or n. */
size_t tk_sent_unit_marker(const char *s, size_t n);

/* The line break s[j] == '\n' inside a paragraph (the next line is not
 * blank): 1 if it ends a block, 0 if it joins wrapped lines, -1 if more
 * text is needed (not final).  ls: the start of the line in s, or
 * SIZE_MAX if it began before s (sp->carry_cols columns ago). */
int tk_sent_line_break(const struct tk_splitter *sp, const char *s, size_t n,
                       bool final, size_t ls, size_t j);

/* An inline list marker: optional bullet, then "1.", "1.)", "1)" (one
 * to three digits) or "a." (a lowercase letter), then a blank. */
struct tk_list_mark {
	char bullet[3];
	size_t blen;
	bool bspace;        /* a blank between bullet and number */
	unsigned num;
	char letter;
	int suffix;         /* 1 ".", 2 ".)", 3 ")" */
};

/* The list marker at s[i] (its length, a blank must follow; else 0),
 * described in *m. */
size_t tk_sent_list_marker(const char *s, size_t n, size_t i,
                           struct tk_list_mark *m);
/* Where the next item's marker (number or letter plus one, same style)
 * starts after a blank in s[i..e) on the same line: the blank's
 * position, or SIZE_MAX. */
size_t tk_sent_list_next(const char *s, size_t n, size_t i, size_t e,
                         const struct tk_list_mark *m);

/* The cluster of terminators at s[i] in s[0..n), then its closing
 * quotes and brackets (sentmarks.c). */
struct tk_sent_cluster {
	size_t end;         /* after the closers */
	int aterm, sterm, ellipsis;
	bool wide;          /* a non-ASCII terminator (CJK full stop, ...) */
	bool closed;        /* closing quotes or brackets follow */
};
void tk_sent_cluster(const char *s, size_t n, size_t i,
                     struct tk_sent_cluster *k);
/* A Japanese quotative particle at s[q] (と, って) after a closing
 * bracket: the quoting sentence goes on. */
bool tk_sent_quotative(const char *s, size_t q);
/* A closing guillemet at s[q] after a terminator and a space, as French
 * writes it ("Non ! » dit-il"): its length, else 0.  It closes when no
 * letter or digit follows it (German's »Komm« opens with it). */
size_t tk_sent_spaced_close(const char *s, size_t n, size_t q);
/* The ASCII '?', '!' or '.' at s[i] ends a sentence of Chinese or
 * Japanese (from a) though no space follows: the character before it
 * is Han or kana, and the text at q starts with no Latin letter after
 * '?' or '!' (美味!組内, not "Yahoo!Japan" nor "何!abc"), with Han or
 * kana after '.' (基地..另外, not "百度.com" nor "第1.5"). */
bool tk_sent_cjk_ascii_end(const char *s, size_t a, size_t i, size_t q);

/* The spaced ellipsis ". . ." ending with the period at s[i] (sentence
 * from a): the number of periods; *attached if the first one follows a
 * word directly ("end. . . ."). */
size_t tk_sent_spaced_dots(const char *s, size_t a, size_t i, bool *attached);
/* Periods of a spaced ellipsis that starts at s[i] (" . . ."). */
size_t tk_sent_dots_after(const char *s, size_t n, size_t i);
/* The cluster s[i..end) is an omission in brackets inside a sentence
 * that starts at a ("Bohr [...] used"). */
bool tk_sent_bracket_omission(const char *s, size_t a, size_t i, size_t end);
/* The word s[b..b+tn) before a period is "a.m"/"p.m" after a number:
 * the number of words of the sentence up to that number, else -1. */
int tk_sent_time_words(const char *s, size_t a, size_t b, size_t tn);
/* The word t[0..n) ends in a numero sign ("N°", "Nº"). */
bool tk_sent_numero(const char *t, size_t n);
/* The '!' at s[i] ends a capitalised word s[b..i) that does not start
 * the sentence (from a): a name such as "Yahoo!" (the caller checks that
 * a lowercase word follows on the same line). */
bool tk_sent_name_bang(const char *s, size_t a, size_t b, size_t i);

/* The feed of the UAX #29 segmenter (opts.uax29). */
size_t tk_sent_feed_uax29(struct tk_splitter *sp, const char *s, size_t n,
                          bool final, tk_sentence_fn fn, void *ctx);

#endif
