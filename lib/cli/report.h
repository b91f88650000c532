/* report.h - write a count table: order, columns, formats, filters.
 *
 * Shared by wordfreq and ngram, so both print the same columns the same
 * way.  The order is the DESIGN.md one: count descending, ties by key in
 * byte order (memcmp, shorter first: what LC_ALL=C sort does).
 *
 * Columns: [rank] count [freq] [per_million] [cumulative] key, or with
 * key_first the key moved to the front.  rank is competition ranking
 * (1, 2, 2, 4: equal counts share a rank); freq is count / total;
 * per_million is freq * 1e6 with two decimals; cumulative is the sum of
 * freq over this row and the ones before it.  total is the sum of all
 * counts before --top/--min-count filtering.
 *
 * Formats:
 *   TSV   fields separated by TAB, records ended by LF (NUL with nul);
 *         keys escaped as lib/cli/tsv.h says (\t \n \r \\).
 *   CSV   RFC 4180 quoting (a field holding , " CR or LF is quoted,
 *         quotes doubled), LF line ends; header line with header.
 *   JSON  an array, one object per line: {"word":"the","count":3,...};
 *         keys escaped (", \, control characters as \u00XX); the input
 *         is valid UTF-8, so the output is too.
 *   JSONL the JSON rows, one object per line and nothing else (JSON
 *         Lines: each line parses alone); the totals a last object.
 *   UNIQ  exactly `uniq -c`: the count right-aligned in 7 columns, a
 *         space, the key; no other columns and no header.
 * The totals line (opts.total_line) comes last: "#total<TAB>TOKENS<TAB>
 * TYPES" in TSV, "#total,TOKENS,TYPES" in CSV, "#total TOKENS TYPES" in
 * UNIQ, and a last object {"#total":TOKENS,"types":TYPES} in JSON.
 *
 * Everything is written through lib/output; nothing here fails, except
 * that lib/output exits on a write error. */
#ifndef TK_REPORT_H
#define TK_REPORT_H

#include "base/common.h"
#include "count/assoc.h"
#include "count/counter.h"

enum tk_report_format {
	TK_REPORT_TSV,
	TK_REPORT_CSV,
	TK_REPORT_JSON,
	TK_REPORT_UNIQ,
	TK_REPORT_JSONL
};

/* "tsv", "csv", "json", "uniq", NULL: for tk_parse_keyword. */
extern const char *const tk_report_format_names[];

struct tk_report_opts {
	enum tk_report_format format;
	bool key_first;
	bool freq, per_million, rank, cumulative;
	bool header;
	bool total_line;      /* append the totals line */
	bool nul;             /* TSV/CSV/UNIQ records end with NUL */
	uint64_t top;         /* print at most this many rows; 0: all */
	uint64_t min_count;   /* skip rows with a smaller count */
	const char *key_name; /* header / JSON name of the key: "word" */
	const char *doc;      /* NULL, or each row starts with this document
	                       * id and a separator (TSV, CSV; --by-doc) */
};

/* Report order: count descending, then tk_key_cmp (lib/count/counter)
 * ascending. */
int tk_entry_cmp(const struct tk_entry *a, const struct tk_entry *b);
void tk_report_sort(struct tk_entry *v, size_t n);

/* Streaming writer: begin, rows in the order they are to appear, end.
 * total is the freq denominator (0: freq columns print 0). */
struct tk_report;
struct tk_report *tk_report_begin(const struct tk_report_opts *o,
                                  uint64_t total);
/* Write one row unless filtered; false once --top rows are written (the
 * caller may stop early; later calls write nothing). */
bool tk_report_row(struct tk_report *r, const char *key, size_t len,
                   uint64_t count);
/* tk_report_row() for a key known to hold none of the bytes TSV
 * escapes (TAB, LF, CR, backslash): a TSV row writes it as it is,
 * without looking at it (ngram --by-doc knows that of its units). */
bool tk_report_row_plain(struct tk_report *r, const char *key, size_t len,
                         uint64_t count);
/* Close the table (JSON bracket, totals line) and free r. */
void tk_report_end(struct tk_report *r, uint64_t tokens, uint64_t types);

/* One field of a CSV row, quoted per RFC 4180 when it needs it. */
void tk_report_csv_field(const char *s, size_t n);
/* One text field (a key, a document id, a column name) of a table row
 * in o's format: CSV-quoted when it needs it, TSV as it is.  The one
 * writer of text fields in TSV and CSV tables. */
void tk_report_field(const struct tk_report_opts *o, const char *s,
                     size_t n);
/* A header line: names[0..n) (NULL: the key's column name, o->key_name
 * or "key") joined by the format's separator, then the record end. */
void tk_report_header(const struct tk_report_opts *o,
                      const char *const *names, size_t n);
/* A JSON string: quotes, \\ and control characters escaped. */
void tk_report_json_string(const char *s, size_t n);

/* The whole job for an in-memory table: sort, filter, write, end. */
void tk_report_counter(const struct tk_report_opts *o,
                       const struct tk_counter *c);

/* Collocations (ngram --score): "SCORE<TAB>COUNT<TAB>NGRAM" rows (the
 * score with 4 decimals), or with format TK_REPORT_JSONL
 * {"ngram":..,"score":..,"count":..} lines, for the first top rows of v
 * (0: all), the units of each key joined by sep instead of its spaces,
 * each row ended by term. */
void tk_report_scores(const struct tk_scored *v, size_t n, uint64_t top,
                      const char *sep, char term,
                      enum tk_report_format format);

#endif
