/* sentence.h - sentence and paragraph boundaries.
 *
 * Two segmenters share one streaming interface:
 *
 *  - UAX #29 (opts.uax29): exactly the default sentence boundaries of
 *    Unicode Standard Annex #29, rules SB1-SB11, nothing more.
 *  - The default: UAX #29's idea of terminators, closers and spaces, with
 *    the disambiguation article text needs: abbreviations and initials
 *    (lib/abbrev), numbers, ordinals, times ("6 P.M. Mr."), ellipses
 *    (". . .", "[...]"), inline lists ("1.) a 2.) b"), names with an
 *    exclamation mark ("Yahoo! in"), quotes and brackets
 *    after the terminator, footnote markers ("[6]") after it, lowercase
 *    sentence starts after plain words (informal text), dots inside
 *    URLs, e-mail addresses and file names (a period not followed by
 *    white space never ends a sentence),
 *    and line structure: a blank line ends a sentence and a paragraph;
 *    a heading, list item or block quote line ("# T", "- i", "* i",
 *    "+ i", "1. i", "1) i", "> q") is a unit of its own; the other lines
 *    of a paragraph are joined where the text is hard-wrapped and kept
 *    apart where it holds one block per line (opts.lines, sentlines.c).
 *
 * Streaming: the caller owns a window of decoded text that starts where
 * the previous call stopped and ends at a line end (or anywhere, if the
 * line was cut).  tk_sentence_feed() reports every sentence whose end is
 * certain and returns how many bytes it consumed; the caller keeps the
 * rest and calls again with more text appended, or with final set at
 * the end of input.  A sentence longer than opts.max_len bytes is cut
 * (at the last white space in it, else at a character boundary) and
 * reported in pieces, and a decision looks at most 512 bytes past the
 * terminator or line end it is about, so the window never has to hold
 * more than max_len + 512 bytes plus one block.  The sentences found do
 * not depend on where the windows were cut.
 *
 * Sentences are reported as spans of the window without their leading
 * and trailing white space (they still hold inner line breaks; see
 * tk_sentence_squeeze).  White space here is Unicode White_Space except
 * the no-break spaces U+00A0, U+2007 and U+202F, which are kept inside a
 * sentence but trimmed from its edges.  With opts.nul, NUL
 * ends a paragraph like a blank line; otherwise NUL is data. */
#ifndef TK_SENTENCE_H
#define TK_SENTENCE_H

#include "abbrev.h"
#include "base/buf.h"
#include "base/common.h"
#include "base/utf8.h"

/* UAX #29 Sentence_Break values (order fixed by scripts/gen-sentbreak). */
enum tk_sb {
	TK_SB_OTHER, TK_SB_CR, TK_SB_LF, TK_SB_EXTEND, TK_SB_SEP,
	TK_SB_FORMAT, TK_SB_SP, TK_SB_LOWER, TK_SB_UPPER, TK_SB_OLETTER,
	TK_SB_NUMERIC, TK_SB_ATERM, TK_SB_SCONTINUE, TK_SB_STERM,
	TK_SB_CLOSE
};

/* Sentence_Break of c (lib/text/gen/sentbreak.c), and the Unicode version of
 * that table. */
enum tk_sb tk_sb_prop(tk_char c);
extern const char tk_sb_unicode_version[];

/* Default limit on a sentence's length in bytes: far above real
 * sentences (the longest in the 4.3 MB King James Bible is 532 bytes,
 * in the 10 MB mixed-script corpus 6421) and small enough to keep the
 * window in cache. */
#define TK_SENTENCE_MAX (64u << 10)

/* Line breaks inside a paragraph: decided from the text (auto), always
 * joined (join: hard-wrapped text), or always a boundary (split: one
 * block per line). */
enum tk_lines { TK_LINES_AUTO, TK_LINES_JOIN, TK_LINES_SPLIT };

struct tk_sentence_opts {
	bool uax29;                   /* plain UAX #29 */
	bool nul;                     /* NUL ends a paragraph */
	enum tk_lines lines;          /* line breaks inside a paragraph */
	size_t max_len;               /* 0: TK_SENTENCE_MAX; at least 64 */
	const struct tk_abbrev *abbrev; /* NULL: none (borrowed) */
	bool no_skip;                 /* testing: examine every byte, the
	                                 reference path that differential
	                                 tests compare the skip loop with */
};

struct tk_sentence {
	const char *p;      /* trimmed span in the window */
	size_t len;
	size_t offset;      /* p - window start */
	bool para;          /* first sentence of a paragraph that follows
	                       an earlier one (a blank line came between) */
	bool cut;           /* ended by the length limit, not by the text */
};

/* Called for each sentence in order; non-zero stops the feed, which
 * then returns (size_t)-1. */
typedef int (*tk_sentence_fn)(void *ctx, const struct tk_sentence *snt);

struct tk_splitter;

struct tk_splitter *tk_splitter_new(const struct tk_sentence_opts *o);
void tk_splitter_free(struct tk_splitter *sp);

/* Segment s[0..n) (valid UTF-8); see the streaming contract above. */
size_t tk_sentence_feed(struct tk_splitter *sp, const char *s, size_t n,
                        bool final, tk_sentence_fn fn, void *ctx);

/* UAX #29 boundaries of the complete text s[0..n): calls fn(ctx, b) for
 * every boundary b (byte offset, 0 and n included, in order). */
void tk_sentence_uax29(const char *s, size_t n,
                       void (*fn)(void *ctx, size_t b), void *ctx);

/* Append s[0..n) to out with every run of white space (line breaks
 * included) replaced by one space, or by nothing when it holds a line
 * break between two CJK characters (Han, kana, CJK punctuation: text
 * written without spaces, hard-wrapped). */
void tk_sentence_squeeze(const char *s, size_t n, struct tk_buf *out);
/* The same into out[0..n) (the result is never longer than the input);
 * returns the length written. */
size_t tk_sentence_squeeze_to(const char *s, size_t n, char *out);

#endif
