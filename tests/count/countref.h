/* countref.h - the references of the counting tests, shared by the unit
 * suites (tests/unit/check_counter.c, check_ngram.c) and the fuzz target
 * (tests/fuzz/fuzz_count.c): a plain list of keys and counts, the key
 * and report orders written out again (not lib/'s code), the comparison
 * of two lib/counter tables, and the feeding of one unit to a window
 * and to the counts by unit numbers alike.
 *
 * Header-only (static functions), so that both builds include it by a
 * relative path.  Define REF_CHECK(cond, msg) first: ck_assert_msg in a
 * Check suite, FUZZ_CHECK in a fuzz target. */
#ifndef TK_COUNTREF_H
#define TK_COUNTREF_H

#ifndef REF_CHECK
#error "define REF_CHECK(cond, msg) before including countref.h"
#endif

#include "base/buf.h"
#include "count/counter.h"
#include "count/ngram.h"

#include <stdlib.h>
#include <string.h>

struct ref_entry {
	char *key;
	size_t len;
	uint64_t count;
};

/* A list of entries in the order they were added. */
struct ref {
	struct ref_entry *v;
	size_t n, cap;
};

/* Byte order: memcmp, then the shorter first. */
static inline int ref_bytes_cmp(const char *a, size_t alen, const char *b,
                                size_t blen)
{
	size_t n = alen < blen ? alen : blen;
	int c = n ? memcmp(a, b, n) : 0;
	return c ? c : (alen > blen) - (alen < blen);
}

/* qsort comparators: struct ref_entry by key, struct tk_entry by key,
 * struct tk_entry in report order (count descending, then key). */
static inline int ref_key_cmp(const void *a, const void *b)
{
	const struct ref_entry *x = a, *y = b;
	return ref_bytes_cmp(x->key, x->len, y->key, y->len);
}

static inline int ref_entry_key_cmp(const void *a, const void *b)
{
	const struct tk_entry *x = a, *y = b;
	return ref_bytes_cmp(x->key, x->len, y->key, y->len);
}

static inline int ref_report_cmp(const void *a, const void *b)
{
	const struct tk_entry *x = a, *y = b;
	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return ref_bytes_cmp(x->key, x->len, y->key, y->len);
}

/* Append key[0..len) with count n (a copy of the key). */
static inline void ref_add(struct ref *r, const char *key, size_t len,
                           uint64_t n)
{
	if (r->n == r->cap) {
		r->cap = r->cap ? 2 * r->cap : 256;
		r->v = realloc(r->v, r->cap * sizeof *r->v);
		REF_CHECK(r->v != NULL, "out of memory");
	}
	char *d = malloc(len + 1);
	REF_CHECK(d != NULL, "out of memory");
	memcpy(d, key, len);
	r->v[r->n++] = (struct ref_entry){ d, len, n };
}

/* Count key once more: the list searched from the start (naive). */
static inline void ref_bump(struct ref *r, const char *key, size_t len)
{
	for (size_t i = 0; i < r->n; i++)
		if (r->v[i].len == len && memcmp(r->v[i].key, key, len) == 0) {
			r->v[i].count++;
			return;
		}
	ref_add(r, key, len, 1);
}

static inline void ref_free(struct ref *r)
{
	for (size_t i = 0; i < r->n; i++)
		free(r->v[i].key);
	free(r->v);
}

/* a and b hold the same keys with the same counts. */
static inline void ref_same_tables(const struct tk_counter *a,
                                   const struct tk_counter *b)
{
	size_t n = tk_counter_size(a);
	REF_CHECK(tk_counter_size(b) == n, "tables of different sizes");
	struct tk_entry *e = tk_counter_entries(a);
	for (size_t i = 0; i < n; i++)
		REF_CHECK(tk_counter_get(b, e[i].key, e[i].len) == e[i].count,
		          "a key with another count");
	free(e);
}

/* ASCII upper to lower case: several raw forms, one counted form (a
 * tk_ngram_map_fn). */
static inline void ref_lower(void *ctx, const char *s, size_t n,
                             struct tk_buf *out)
{
	(void)ctx;
	for (size_t i = 0; i < n; i++)
		tk_buf_addc(out, s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] + 32)
		                                            : s[i]);
}

/* One unit u[0..n) to the window (mapped here, with ref_lower when map)
 * and to the counts by numbers (which map it themselves); m is scratch. */
static inline void ref_push(struct tk_ngrams *win, struct tk_ngram_counts *f,
                            bool map, const char *u, size_t n,
                            struct tk_buf *m)
{
	tk_buf_clear(m);
	if (map)
		ref_lower(NULL, u, n, m);
	else
		tk_buf_add(m, u, n);
	tk_ngrams_push(win, m->data, m->len);
	tk_ngram_counts_push(f, u, n);
}

#endif
