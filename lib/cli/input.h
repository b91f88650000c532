/* input.h - operands -> one stream of decoded records.
 *
 * Reads the operands in order like cat ("-" or none: standard input) in
 * large read(2) blocks, decodes each file with lib/decode, and hands out
 * records: text up to the record terminator ('\n', or NUL with -z), the
 * terminator not included.  A file's last line ends at the file's end
 * even without a terminator (as sort and uniq treat it).
 *
 * Memory is bounded: a line longer than the record limit (default
 * TK_RECORD_MAX) comes in several records, cut at character boundaries,
 * all but the last with `more` set.  Record memory is owned by the input
 * and valid until the next call.
 *
 * Errors are reported here, as "PROG: FILE: message": an unreadable
 * operand is reported and skipped (status 1); invalid input is warned
 * about once per file (replace/drop) or ends all input (fail, status 1,
 * tk_input_aborted() true). */
#ifndef TK_INPUT_H
#define TK_INPUT_H

#include "cli.h"
#include "base/buf.h"
#include "base/common.h"

#define TK_RECORD_MAX (1u << 20)

struct tk_record {
	const char *p;
	size_t len;
	uint64_t offset; /* byte offset of p[0] in the decoded stream */
	bool more;       /* the same line continues in the next record */
	bool file_start; /* first record of an operand */
	bool para_end;   /* tk_input_lookahead()'s records: a blank record
	                  * or the end of the operand follows (else false) */
};

struct tk_input;

/* files[0..nfiles); nfiles == 0 means standard input. */
struct tk_input *tk_input_open(char **files, int nfiles,
                               const struct tk_common *co);
/* Let tk_input_next() set para_end for the records whose tokens by t
 * depend on the next line (tk_tokenizer_needs_next), reading that line
 * first; without it para_end stays false.  t is borrowed. */
struct tk_tokenizer;
void tk_input_lookahead(struct tk_input *in, struct tk_tokenizer *t);

/* 1: a record in *rec; 0: end of all input. */
int tk_input_next(struct tk_input *in, struct tk_record *rec);
/* Block mode: as many whole records as are buffered, terminators
 * included (the last may lack one at a file's end or when cut; `more`
 * then tells whether its line continues).  Do not mix with _next. */
int tk_input_next_block(struct tk_input *in, struct tk_record *rec);
void tk_input_set_max_record(struct tk_input *in, size_t max);
/* Display name of the operand being read. */
const char *tk_input_file(const struct tk_input *in);
bool tk_input_aborted(const struct tk_input *in);
/* The warning for the invalid sequences a decoder met in file name:
 * "N invalid ENC sequences replaced with U+FFFD (first at byte B)",
 * with, when hint (lib/text/sniff.h) names a likely encoding, the
 * --encoding to try.  Nothing when there were none. */
struct tk_decoder;
void tk_input_warn_invalid(const char *name, const struct tk_decoder *dec,
                           enum tk_invalid policy, const char *hint);

/* The error of --invalid=fail: "invalid ENC input at byte B", with the
 * same hint. */
void tk_input_warn_failed(const char *name, const struct tk_decoder *dec,
                          const char *hint);

/* Whole lines with their place, for messages about one line: the
 * pieces of a line longer than the record limit are joined again (so
 * such a line is held whole in memory).  Zero-initialize, then
 * tk_line_next gives the lines of in; tk_line_reader_free frees the join. */
struct tk_line_reader {
	const char *file; /* display name of the line's operand */
	uint64_t line;    /* the line's number in it, from 1 */
	uint64_t nth;     /* its number in all of the input, from 1 */
	struct tk_buf join;
};

/* 1: the next line in *p, *n (valid until the next call); 0: the end. */
int tk_line_next(struct tk_line_reader *l, struct tk_input *in, const char **p,
                  size_t *n);
void tk_line_reader_free(struct tk_line_reader *l);

/* Frees the input; returns the exit status contribution (0 or 1). */
int tk_input_close(struct tk_input *in);

#endif
