/* unit.h - shared by the Check unit suites: each check_<mod>.c defines
 * Suite *<mod>_suite(void); main.c runs them all. */
#ifndef TK_UNIT_H
#define TK_UNIT_H

#include <check.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Check's ck_assert_msg (and every ck_assert_* built on it) records the
 * file and line of each assertion that holds, one write to the runner's
 * pipe each, so that a test that crashes later can be reported at its
 * last passed assertion.  The differential loops make millions of
 * assertions: those writes were most of the suites' run time.  Here an
 * assertion that holds costs nothing; one that fails reports as before,
 * and a crash is still reported by its signal (and by the sanitizers'
 * stack trace).  mark_point() still records a place when wanted. */
#undef ck_assert_msg
#define ck_assert_msg(expr, ...) \
	((expr) ? (void)0 \
	        : _ck_assert_failed(__FILE__, __LINE__, "Assertion '" #expr "' failed", ##__VA_ARGS__))

#define SUITE(name) Suite *name##_suite(void);
#include "suites.h"
#undef SUITE

/* n, or a twentieth of it (at least 1) when the suites run under a
 * wrapper such as valgrind (scripts/run-tests exports TK_WRAP), which is
 * 20-50x slower: the long random differential loops keep their kinds
 * of input but run fewer of them there. */
static inline int unit_scale(int n)
{
	const char *w = getenv("TK_WRAP");
	return w && *w ? (n / 20 > 0 ? n / 20 : 1) : n;
}

/* A small deterministic generator (xorshift64) for the random
 * differential loops; *state starts at any non-zero value. */
static inline uint64_t unit_rand64(uint64_t *state)
{
	uint64_t x = *state;
	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	*state = x;
	return x;
}

static inline uint32_t unit_rand(uint64_t *state)
{
	return (uint32_t)unit_rand64(state);
}

/* Assert that span (p, n) equals the C string s, bytes and length. */
#define ck_assert_span_eq(p, n, s)                                           \
	do {                                                                 \
		size_t n_ = (n), sl_ = strlen(s);                            \
		ck_assert_msg(n_ == sl_ && memcmp((p), (s), sl_) == 0,       \
		              "got \"%.*s\" (%zu bytes), want \"%s\"",       \
		              (int)n_, (const char *)(p), n_, (s));          \
	} while (0)

/* A table check (a function that returns -1 when a lazily filled table
 * agrees with what it caches on every code point, else the first code
 * point that does not) run by two threads at once, so that they race to
 * fill its pages; asserts that both found it right. */
struct unit_table_check {
	int (*check)(void);
	int r;
};

static inline void *unit_table_check_run(void *arg)
{
	struct unit_table_check *c = arg;
	c->r = c->check();
	return NULL;
}

#define ck_assert_table_twice(fn, what)                                      \
	do {                                                                 \
		struct unit_table_check c1_ = { (fn), 0 }, c2_ = { (fn), 0 }; \
		pthread_t th_;                                               \
		ck_assert_int_eq(pthread_create(&th_, NULL,                  \
		                                unit_table_check_run, &c1_), 0); \
		unit_table_check_run(&c2_);                                  \
		ck_assert_int_eq(pthread_join(th_, NULL), 0);                \
		ck_assert_msg(c1_.r < 0 && c2_.r < 0, what " of U+%04X",     \
		              (unsigned)(c1_.r >= 0 ? c1_.r : c2_.r));       \
	} while (0)

#endif
