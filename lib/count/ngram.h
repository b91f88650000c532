/* ngram.h - sliding windows over a sequence of units (tokens or grapheme
 * clusters): every n-gram, n in [min_n, max_n] ("everygrams"), in text
 * order.
 *
 * The caller cuts its text into segments (a line, a sentence, a word for
 * character n-grams) and feeds each segment's units with
 * tk_ngrams_push(), then calls tk_ngrams_end(); no n-gram spans two
 * segments.  With pad markers set, each non-empty segment is wrapped as
 * BOS u1 ... uk EOS and the markers are units like any other (so they
 * appear in unigrams too, as in language-model toolkits' padded
 * everygrams); an empty segment stays empty.
 *
 * Order ("text order"): n-grams are emitted by start position, and for
 * one start by increasing n: a, a b, b, b c, c for "a b c" with n 1..2.
 *
 * A key is the units joined by opts.sep.  It is passed to the callback as
 * a span into the window's buffer, valid only during the call.  Memory:
 * the window holds at most max_n units, whatever the segment length.
 * Units are copied, so the caller's buffers may change after push. */
#ifndef TK_NGRAM_H
#define TK_NGRAM_H

#include "base/buf.h"
#include "base/common.h"
#include "counter.h"

#define TK_NGRAM_MAX 64 /* largest n accepted */

struct tk_ngram_opts {
	unsigned min_n, max_n;   /* 1 <= min_n <= max_n <= TK_NGRAM_MAX */
	const char *sep;         /* joins units in a key; NULL: " " */
	size_t seplen;
	const char *bos, *eos;   /* pad markers, or NULL for no padding */
	size_t boslen, eoslen;
};

/* o with its defaults filled in and its orders clamped as above. */
struct tk_ngram_opts tk_ngram_opts_fill(const struct tk_ngram_opts *o);

/* Called once per n-gram occurrence; a non-zero return stops the push or
 * end call, which returns that value (the window is then reset). */
typedef int (*tk_ngram_fn)(void *ctx, const char *key, size_t len,
                           unsigned n);

struct tk_ngrams;

struct tk_ngrams *tk_ngrams_new(const struct tk_ngram_opts *o,
                                tk_ngram_fn fn, void *ctx);
void tk_ngrams_free(struct tk_ngrams *g);

/* Append one unit to the current segment.  Returns 0 or the callback's
 * non-zero value. */
int tk_ngrams_push(struct tk_ngrams *g, const char *unit, size_t len);

/* End the current segment: emit the n-grams still in the window (and the
 * EOS marker's).  Returns 0 or the callback's non-zero value. */
int tk_ngrams_end(struct tk_ngrams *g);

/* Break the current segment: emit the n-grams still in the window and
 * empty it, so that no n-gram spans the break, but add no marker: the
 * segment goes on (EOS comes at tk_ngrams_end(), BOS is not repeated).
 * For a word that ends a run of adjacent words (ngram --words at a
 * comma).  Returns 0 or the callback's non-zero value. */
int tk_ngrams_break(struct tk_ngrams *g);

/* True when the current segment has no unit yet. */
bool tk_ngrams_empty(const struct tk_ngrams *g);

/* --- counting by unit numbers -----------------------------------------
 *
 * The counting tools' fast path: the same n-grams as a tk_ngrams window
 * whose callback adds each key of order n to a counter dst[n], but each
 * distinct unit is stored once, under a number, and an n-gram is counted
 * as its tuple of numbers.  tk_ngram_counts_flush() then adds each
 * distinct n-gram to dst[n] once, as the key the window gives (units
 * joined by opts.sep) with its count, so the counters end up exactly as
 * the window would leave them.  The order of occurrences is lost: this
 * is for counting, not for streams.
 *
 * A unit is pushed in its raw form; map (NULL: none) appends its counted
 * form (case folding, say) to out, and is called once per distinct raw
 * form between the flushes that forget the units (see
 * tk_ngram_counts_flush()), so it must be a function of the bytes alone.
 * The pad markers are counted forms, not mapped.  Orders n in [min_n,
 * max_n] with dst[n] NULL are not counted (--score counts orders 1 and
 * n only).  Memory grows with the distinct units and n-grams until a
 * flush, which releases it (tk_ngram_counts_bytes() tells how much; the
 * units' share, up to TK_NGRAM_KEEP_UNITS, is kept). */
/* Orders up to this are counted by numbers; longer ones as keys, by a
 * window inside (such n-grams are mostly distinct: numbering saves
 * nothing, and a caller that counts only those may as well use a
 * tk_ngrams window itself). */
#define TK_NGRAM_COUNTS_MAX_N 4

typedef void (*tk_ngram_map_fn)(void *ctx, const char *s, size_t n,
                                struct tk_buf *out);

struct tk_ngram_counts;

struct tk_ngram_counts *
tk_ngram_counts_new(const struct tk_ngram_opts *o,
                    struct tk_counter *const dst[TK_NGRAM_MAX + 1],
                    tk_ngram_map_fn map, void *ctx, uint64_t seed);
void tk_ngram_counts_free(struct tk_ngram_counts *c);

/* Append one unit (raw form) to the current segment. */
void tk_ngram_counts_push(struct tk_ngram_counts *c, const char *unit,
                          size_t len);

/* End the current segment (counting the EOS marker's n-grams). */
void tk_ngram_counts_end(struct tk_ngram_counts *c);

/* tk_ngrams_break() for the counts: no n-gram spans the break, and the
 * segment, with its markers, goes on. */
void tk_ngram_counts_break(struct tk_ngram_counts *c);

/* A flush forgets the units only when their tables hold more bytes than
 * this (by default): counting document after document (--by-doc, a
 * flush each) then maps and numbers a unit once, not once a document (a
 * quarter of the per-document cost of ngram -w on a text of many
 * scripts, where case folding has no ASCII shortcut).  Keep it well
 * below the bound at which a caller flushes (tk_ngram_counts_bytes()),
 * so that a flush still frees enough. */
#define TK_NGRAM_KEEP_UNITS ((size_t)8 << 20)

/* Set that bound for c: 0 forgets the units at every flush. */
void tk_ngram_counts_keep_units(struct tk_ngram_counts *c, size_t bytes);

/* Add the n-grams counted since the last flush to the counters and
 * forget them; forget the units too when their tables hold more than
 * the bound above (the current segment goes on: the units in its
 * window are kept), else keep them for the n-grams to come.  TK_OK, or TK_EOVERFLOW when a count would pass
 * UINT64_MAX (that key keeps its old count; the rest are still added). */
int tk_ngram_counts_flush(struct tk_ngram_counts *c);

/* The n-grams counted since the last flush as the rows of a report,
 * without a table of their keys (--by-doc: a small table a document):
 * true, with *n rows in report order (count descending, then the key's
 * bytes, as tk_counter_sort() orders them) and *total the sum of their
 * counts, the tables emptied as by a flush (the rows are kept for
 * tk_ngram_counts_row()); or false, changing nothing, when the units
 * alone cannot give that order or the keys (flush instead): orders
 * above TK_NGRAM_COUNTS_MAX_N, orders counted into different counters,
 * a separator that is not one byte or a unit with a byte not above it
 * (then two n-grams may join to one key), an error pending, a sum past
 * UINT64_MAX.  The n-grams flushed before are not among the rows: the
 * caller reports this way only when its counters are empty. */
bool tk_ngram_counts_sort(struct tk_ngram_counts *c, size_t *n,
                          uint64_t *total);

/* Row i < n of the last tk_ngram_counts_sort(): its count; its key
 * (units joined by opts.sep) replaces key's content; *plain tells
 * whether the key holds none of TAB, LF, CR and backslash (the bytes
 * that a TSV table escapes), known of its units without a look. */
uint64_t tk_ngram_counts_row(const struct tk_ngram_counts *c, size_t i,
                             struct tk_buf *key, bool *plain);

/* Done with the rows: forget the units as a flush would.  Call it
 * after the rows are read, before anything else changes c. */
void tk_ngram_counts_release(struct tk_ngram_counts *c);

/* Add the n-grams counted in src (made with the same options and
 * counters' orders) to c, as if c had counted them, and empty src as a
 * flush does (-j: one flush of the summed tables, not one per thread). */
void tk_ngram_counts_merge(struct tk_ngram_counts *c,
                           struct tk_ngram_counts *src);

/* Bytes of memory held (tables, units), for --max-memory decisions. */
size_t tk_ngram_counts_bytes(const struct tk_ngram_counts *c);

/* The bound on tk_ngram_counts_bytes() at which to flush next, when the
 * bound was limit: halved (down to min, and the units kept at a flush
 * to a quarter of it) when the tables have passed it and the units
 * since they were last forgotten
 * were seen under 1.25 times each on average, a vocabulary of mostly
 * distinct keys, for which counting by numbers saves no work and takes
 * about ten times the bytes of the keys' own table; else limit.  Asked
 * before a flush. */
size_t tk_ngram_counts_next_limit(struct tk_ngram_counts *c, size_t limit,
                                  size_t min);

#endif
