/* api.h - what the files of lib/api/ share.  lib/api/ is the public C
 * interface (include/textkit/textkit.h): thin wrappers over base, text
 * and count, the only functions the shared library exports. */
#ifndef TK_API_H
#define TK_API_H

#include <textkit/textkit.h>

#include "base/buf.h"

/* True when s[0..n) is valid UTF-8. */
bool tk_api_valid(const char *s, size_t n);

/* Hand b's text to the caller as a NUL-terminated malloc'd string. */
void tk_api_give(struct tk_buf *b, char **out, size_t *outlen);

#endif
