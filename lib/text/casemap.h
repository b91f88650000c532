/* casemap.h - lower, upper and full case folding of UTF-8 text.
 *
 * tk_casemap() appends the mapped form of valid UTF-8 s[0..n) to out.
 * Full Unicode mappings from libunistring (u8_tolower, u8_toupper,
 * u8_casefold): "Straße" folds to "strasse", final sigma follows
 * libunistring's context rules.  lang is NULL (language-independent, the
 * default everywhere) or an ISO 639 code such as "tr", "az" or "lt" for
 * the special rules of those languages.  The span is mapped in segments
 * between ASCII white space (which no context rule looks across); an
 * all-ASCII segment takes a table-driven fast path that gives the same
 * bytes (a unit test proves it), the others go to libunistring. */
#ifndef TK_CASEMAP_H
#define TK_CASEMAP_H

#include "base/buf.h"

enum tk_case { TK_CASE_NONE, TK_CASE_LOWER, TK_CASE_UPPER, TK_CASE_FOLD };

void tk_casemap(enum tk_case mode, const char *lang, const char *s, size_t n,
                struct tk_buf *out);

/* The same through libunistring only (no fast path), for tests. */
void tk_casemap_slow(enum tk_case mode, const char *lang, const char *s,
                     size_t n, struct tk_buf *out);

#endif
