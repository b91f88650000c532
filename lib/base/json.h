/* json.h - writing a JSON string (RFC 8259), the one escaper of every
 * JSON and JSON Lines output.
 *
 * The bytes are UTF-8 and pass through; '"' and '\' are escaped, the
 * control characters U+0000..U+001F and DEL as \n \t \r where JSON has a
 * short form, else as \u00XX. */
#ifndef TK_JSON_H
#define TK_JSON_H

#include "buf.h"

/* Append s[0..n) to out as a JSON string, quotes included. */
void tk_json_string(struct tk_buf *out, const char *s, size_t n);

#endif
