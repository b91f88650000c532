/* unicode.h - which Unicode version the library's properties follow. */
#ifndef TK_UNICODE_H
#define TK_UNICODE_H

/* The Unicode version of the character properties the tokenizer,
 * word breaks, case mapping and normalization use: libunistring's
 * (read at run time from the linked library), "14.0.0" for
 * libunistring 1.0. */
const char *tk_unicode_version(void);

#endif
