/* unicode.h - which Unicode version the library's properties follow. */
#ifndef TK_UNICODE_H
#define TK_UNICODE_H

#include <stddef.h>

/* The Unicode version of the character properties the tokenizer,
 * word breaks, case mapping and normalization use: libunistring's
 * (read at run time from the linked library), "14.0.0" for
 * libunistring 1.0. */
const char *tk_unicode_version(void);
/* The library those properties come from, with its version
 * ("libunistring 1.0.0"), written to out (cap >= 32 is enough). */
void tk_unicode_library(char *out, size_t cap);

#endif
