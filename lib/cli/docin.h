/* docin.h - the input as documents, for --by-doc=record and --jsonl-in:
 * each record (a line, or with -z a NUL-ended record) is a document, or
 * each line of JSON Lines is one, its text the string member named by
 * --jsonl-in (default "text") and its id the member named by --jsonl-id
 * (default "id").  The text of a document is held whole in memory.
 *
 * A document's id is its JSON id (a non-empty string, or a number as
 * written), or else its line number in the input (counted over all
 * operands as one stream, as cat -n does).  An empty record, or a JSON Lines line of
 * only white space, is no document.
 *
 * A JSON Lines line that is not a JSON object, lacks a string text
 * member, or has an id that is not a string or number, or holds a TAB,
 * CR, LF or NUL, is invalid: "PROG: FILE:LINE: message".  It ends the
 * input as an error (tk_docin_failed), or under --invalid=drop is
 * skipped with a warning (the first ten; then a count at the end). */
#ifndef TK_DOCIN_H
#define TK_DOCIN_H

#include "base/buf.h"
#include "input.h"
#include "parallel.h"

struct tk_docin_opts {
	const char *text; /* --jsonl-in's member, or NULL: plain records */
	const char *id;   /* --jsonl-id's member (NULL: "id") */
};

struct tk_doc {
	const char *text; /* valid until the next call */
	size_t len;
	const char *id;   /* a C string */
};

struct tk_docin;

struct tk_docin *tk_docin_new(struct tk_input *in,
                              const struct tk_docin_opts *o,
                              enum tk_invalid policy);

/* 1: the next document in *d; 0: the end of the input, or an invalid
 * line that ended it. */
int tk_docin_next(struct tk_docin *r, struct tk_doc *d);

/* Hand d's text to line(ctx, p, n, para_end) as the lines of a file
 * would come: a plain record whole; JSON text cut at each LF, CRLF or
 * CR.  The document's end is the end of the text. */
void tk_docin_lines(const struct tk_docin *r, const struct tk_doc *d,
                    tk_line_fn line, void *ctx);

/* An invalid line ended the input. */
bool tk_docin_failed(const struct tk_docin *r);

/* Report the lines dropped (if any) and free r. */
void tk_docin_free(struct tk_docin *r);

#endif
