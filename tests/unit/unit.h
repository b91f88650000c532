/* unit.h - shared by the Check unit suites: each check_<mod>.c defines
 * Suite *<mod>_suite(void); main.c runs them all. */
#ifndef TK_UNIT_H
#define TK_UNIT_H

#include <check.h>
#include <string.h>

#define SUITE(name) Suite *name##_suite(void);
#include "suites.h"
#undef SUITE

/* Assert that span (p, n) equals the C string s, bytes and length. */
#define ck_assert_span_eq(p, n, s)                                           \
	do {                                                                 \
		size_t n_ = (n), sl_ = strlen(s);                            \
		ck_assert_msg(n_ == sl_ && memcmp((p), (s), sl_) == 0,       \
		              "got \"%.*s\" (%zu bytes), want \"%s\"",       \
		              (int)n_, (const char *)(p), n_, (s));          \
	} while (0)

#endif
