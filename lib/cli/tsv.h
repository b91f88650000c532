/* tsv.h - TSV fields: the escaping every TSV writer uses, and reading
 * count tables back (the input side of --merge).
 *
 * Escaping ("linear TSV", the text format of PostgreSQL's COPY and
 * Miller's --tsv): in a TSV field a TAB is written as the two bytes \t,
 * a LF as \n, a CR as \r and a backslash as \\; every other byte,
 * NUL and invalid UTF-8 included, is copied as it is.  So a field never
 * holds a raw TAB or line break, and a TSV row is one line whatever its
 * keys hold.  Reading undoes it: \t \n \r \\ become TAB, LF, CR and a
 * backslash; a backslash before any other byte, or last in the field,
 * stands for itself (tables written before keys were escaped read back
 * as they were, unless they hold one of the four pairs).
 * Only TSV is escaped: CSV quotes (RFC 4180), JSON escapes its own way,
 * and --format=uniq writes keys raw, byte for byte as uniq -c does.
 *
 * A table row is "COUNT<TAB>KEY" (the default output of wordfreq and
 * ngram) or "KEY<TAB>COUNT" (key_first).  The key is everything on the
 * other side of the separating TAB: with the count first the row splits
 * at the first TAB, with the key first at the last, so even a raw TAB
 * in a key (a table not written by textkit) stays in the key.  COUNT is
 * decimal digits only (no sign, no spaces), at most UINT64_MAX.
 *
 * tk_tsv_reader reads rows from a lib/input stream, joining records that
 * the input cut (struct tk_record.more), and knows the operand name and
 * line number of the row it returned, for "FILE:LINE: message" errors.
 * It reports nothing itself. */
#ifndef TK_TSV_H
#define TK_TSV_H

#include "base/common.h"
#include "base/buf.h"
#include "input.h"

/* Write s[0..n) escaped as one TSV field, through lib/output.  Every
 * TSV writer (count tables, keyness, --by-doc, --score, kwic) writes
 * its text fields with this. */
void tk_tsv_write_field(const char *s, size_t n);
/* Length of the start of s[0..n) that needs no escaping (eight bytes at
 * a time), and its byte-by-byte twin (the reference of the tests). */
size_t tk_tsv_plain_prefix(const char *s, size_t n);
size_t tk_tsv_plain_prefix_slow(const char *s, size_t n);

/* Append the field s[0..n), unescaped, to out. */
void tk_tsv_unescape(const char *s, size_t n, struct tk_buf *out);

/* Parse one row s[0..n) (no terminator).  TK_OK with *key (pointing
 * into s) and *count; TK_EINVAL when there is no TAB or the count is not
 * a decimal number; TK_EOVERFLOW when it passes UINT64_MAX.  *key is
 * the field as written (escaped). */
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

/* 1: a row in *key (unescaped, valid until the next call) and *count;
 * 0: end of input; TK_EINVAL / TK_EOVERFLOW: a malformed row (the reader then goes
 * on with the next row if called again). */
int tk_tsv_read(struct tk_tsv_reader *r, struct tk_span *key,
                uint64_t *count);

/* The key of the last row read as written (escaped; valid until the
 * next call): its order is the order of LC_ALL=C sort over the table's
 * lines, which --merge --sorted checks. */
struct tk_span tk_tsv_reader_text(const struct tk_tsv_reader *r);

/* Operand name and 1-based line number of the last row read. */
const char *tk_tsv_reader_file(const struct tk_tsv_reader *r);
uint64_t tk_tsv_reader_line(const struct tk_tsv_reader *r);

#endif
