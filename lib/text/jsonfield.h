/* jsonfield.h - the members of one JSON object, for JSON Lines input
 * (one document a line: {"id": "a1", "text": "..."}).
 *
 * tk_json_fields() parses one JSON value that must be an object, strictly
 * per RFC 8259 (no trailing commas, no comments, nesting up to 64 deep,
 * white space around it allowed), and for each wanted top-level member
 * name stores its value in out[i]:
 *   - a string: its decoded text (escapes resolved, \uXXXX surrogate
 *     pairs joined; a lone surrogate becomes U+FFFD), which may hold NUL;
 *   - a number, true, false or null: its text as written;
 *   - an object or array: its text as written (raw JSON).
 * kind[i] says what the member's value was, TK_JSON_ABSENT (0) when the
 * member was not there (the last one wins when a name repeats).  The
 * input must be valid UTF-8 (decoded input is).
 * Returns TK_OK, or TK_EINVAL with *err_at the byte offset where the
 * text stops being the JSON object expected.  No allocation but out's. */
#ifndef TK_JSONFIELD_H
#define TK_JSONFIELD_H

#include "base/buf.h"

enum tk_json_kind {
	TK_JSON_ABSENT,
	TK_JSON_STRING,
	TK_JSON_NUMBER,
	TK_JSON_BOOL,
	TK_JSON_NULL,
	TK_JSON_OBJECT,
	TK_JSON_ARRAY
};

int tk_json_fields(const char *s, size_t len, const char *const *names,
                   size_t nnames, struct tk_buf *out,
                   enum tk_json_kind *kind, size_t *err_at);

#endif
