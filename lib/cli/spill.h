/* spill.h - external counting for vocabularies larger than memory
 * (--max-memory): sorted runs on disk, merged at the end like sort(1).
 *
 * A counting tool counts into a lib/counter; when tk_counter_bytes()
 * passes its limit it calls tk_spill_counter(), which writes the table
 * as one run sorted by key to a temporary file and empties the table.
 * At the end tk_spill_report() merges every run (and what is left in the
 * table), summing equal keys, and writes the report in report order
 * (count descending, key ascending).  That second order needs a second
 * external sort when even the merged table passes the limit, so it
 * spills report-ordered runs too.  Memory stays near the limit plus one
 * read buffer per run.
 *
 * Temporary files go to $TMPDIR (else /tmp), are unlinked as soon as
 * they are created (nothing is left behind, even after a crash) and
 * hold length-prefixed binary records.
 *
 * Thread-safe: worker threads may spill into one tk_spill.  Errors:
 * TK_EIO with errno set (cannot create or write a temporary file, e.g.
 * a full disk); TK_EOVERFLOW when a sum passes UINT64_MAX. */
#ifndef TK_SPILL_H
#define TK_SPILL_H

#include "base/common.h"
#include "count/counter.h"
#include "report.h"

struct tk_spill;

struct tk_spill *tk_spill_new(void);
void tk_spill_free(struct tk_spill *s);

/* Runs written so far. */
size_t tk_spill_runs(const struct tk_spill *s);

/* Write c as one key-sorted run and clear c.  TK_OK or TK_EIO. */
int tk_spill_counter(struct tk_spill *s, struct tk_counter *c);

/* Which merged keys to report: return false to drop a key (stop words,
 * --min-length); NULL keeps all.  Dropped keys count neither in the
 * token total nor in the types. */
typedef bool (*tk_keep_fn)(void *ctx, const char *key, size_t len);

/* Merge every run plus c (which is cleared), apply keep, and write the
 * report with o (top, min_count, totals line) using about `limit` bytes
 * for the report-order sort.  *tokens and *types get the totals (after
 * keep).  TK_OK, TK_EIO or TK_EOVERFLOW; on error nothing or part of
 * the table has been written. */
int tk_spill_report(struct tk_spill *s, struct tk_counter *c,
                    const struct tk_report_opts *o, size_t limit,
                    tk_keep_fn keep, void *ctx, uint64_t *tokens,
                    uint64_t *types);

#endif
