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

/* The feed of the UAX #29 segmenter (opts.uax29). */
size_t tk_sent_feed_uax29(struct tk_splitter *sp, const char *s, size_t n,
                          bool final, tk_sentence_fn fn, void *ctx);

#endif
