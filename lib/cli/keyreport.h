/* keyreport.h - a count table compared with a reference table: the
 * keyness report of wordfreq and ngram --reference.
 *
 * The counted table is the target.  The reference is a count table as
 * wordfreq and ngram write it (COUNT<TAB>KEY, KEY<TAB>COUNT with
 * --key-first), read whole into memory.  Each key of either table gets
 * its two counts and the statistics of lib/count/keyness against the two
 * corpus sizes (each table's sum of counts, or the sizes given).  Rows:
 *
 *   TARGET REFERENCE G2 P LOG_RATIO PCT_DIFF CHI2 KEY
 *
 * (the key first with --key-first), G2 signed: positive where the target
 * uses the key more, negative where less.  Keys kept: p < alpha (divided
 * by the number of keys compared under Bonferroni), TARGET + REFERENCE
 * at least min_count, the directions asked for.  Order: positive keys by
 * the sort statistic, largest first, then negative keys by its
 * magnitude; ties in key byte order; --top N rows of each direction.
 * Formats as the count tables': TSV, CSV, JSON (an array, one object a
 * line), JSON Lines. */
#ifndef TK_KEYREPORT_H
#define TK_KEYREPORT_H

#include "cli.h"
#include "count/counter.h"
#include "report.h"
#include "spill.h"

enum tk_keyness_sort { TK_KEYSORT_G2, TK_KEYSORT_LOG_RATIO,
	               TK_KEYSORT_PCT_DIFF, TK_KEYSORT_CHI2 };
/* "g2", "log-ratio", "pct-diff", "chi2", NULL */
extern const char *const tk_keyness_sort_names[];

struct tk_keyness_opts {
	const char *reference;   /* the reference table; NULL: no keyness */
	uint64_t reference_size; /* 0: the reference table's sum */
	uint64_t target_size;    /* 0: the target table's sum */
	double alpha;            /* keep p < alpha; 0: the default, 0.05 */
	bool bonferroni, yates;
	bool positive, negative; /* neither: both */
	enum tk_keyness_sort sort;
};

/* Compare target with the reference table ref (k->reference, read by
 * tk_tally_load(); rsum the sum of its counts) and write the report;
 * keep (NULL: every key) filters the keys of both tables.  Returns the
 * exit status: 0, or 1 after reporting a problem with the sizes, in
 * which case nothing is written. */
int tk_keyreport(const struct tk_keyness_opts *k,
                 const struct tk_report_opts *rep,
                 const struct tk_counter *target,
                 const struct tk_counter *ref, uint64_t rsum,
                 tk_keep_fn keep, void *ctx);

#endif
