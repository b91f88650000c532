/* tsv.h - reading count tables back: the input side of --merge.
 *
 * A table row is "COUNT<TAB>KEY" (the default output of wordfreq and
 * ngram) or "KEY<TAB>COUNT" (key_first).  The key is everything on the
 * other side of the separating TAB: with the count first the row splits
 * at the first TAB, with the key first at the last, so keys that hold
 * TABs survive a round trip.  COUNT is decimal digits only (no sign, no
 * spaces), at most UINT64_MAX.
 *
 * tk_tsv_reader reads rows from a lib/input stream, joining records that
 * the input cut (struct tk_record.more), and knows the operand name and
 * line number of the row it returned, for "FILE:LINE: message" errors.
 * Library code: it reports nothing itself. */
#ifndef TK_TSV_H
#define TK_TSV_H

#include "base/common.h"
#include "input.h"

/* Parse one row s[0..n) (no terminator).  TK_OK with *key (pointing
 * into s) and *count; TK_EINVAL when there is no TAB or the count is not
 * a decimal number; TK_EOVERFLOW when it passes UINT64_MAX. */
int tk_tsv_parse(const char *s, size_t n, bool key_first,
                 struct tk_span *key, uint64_t *count);

/* Checked sum: *sum += n, or TK_EOVERFLOW leaving *sum unchanged. */
static inline int tk_u64_add(uint64_t *sum, uint64_t n)
{
	if (unlikely(*sum > UINT64_MAX - n))
		return TK_EOVERFLOW;
	*sum += n;
	return TK_OK;
}

struct tk_tsv_reader;

/* Reads rows from in (not owned; close it yourself afterwards). */
struct tk_tsv_reader *tk_tsv_reader_new(struct tk_input *in, bool key_first);
void tk_tsv_reader_free(struct tk_tsv_reader *r);

/* 1: a row in *key (valid until the next call) and *count; 0: end of
 * input; TK_EINVAL / TK_EOVERFLOW: a malformed row (the reader then goes
 * on with the next row if called again). */
int tk_tsv_read(struct tk_tsv_reader *r, struct tk_span *key,
                uint64_t *count);

/* Operand name and 1-based line number of the last row read. */
const char *tk_tsv_reader_file(const struct tk_tsv_reader *r);
uint64_t tk_tsv_reader_line(const struct tk_tsv_reader *r);

#endif
