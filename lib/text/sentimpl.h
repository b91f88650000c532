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

/* The feed of the UAX #29 segmenter (opts.uax29). */
size_t tk_sent_feed_uax29(struct tk_splitter *sp, const char *s, size_t n,
                          bool final, tk_sentence_fn fn, void *ctx);

#endif
