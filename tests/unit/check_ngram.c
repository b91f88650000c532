/* check_ngram.c - lib/ngram: windows, everygrams, order, padding,
 * separators, bounded window, early stop; counts by unit numbers against
 * the window, and their sort as tuples against a count table's report
 * order (differential, on generated units). */
#include "unit.h"
#include "count/ngram.h"
#include "base/buf.h"
#include "count/counter.h"

#define REF_CHECK(cond, msg) ck_assert_msg(cond, msg)
#include "../count/countref.h"

#include <stdio.h>
#include <stdlib.h>

struct got {
	struct tk_buf b;
	int stop_after; /* stop with 7 after that many n-grams; 0 never */
	int seen;
};

static int collect(void *ctx, const char *key, size_t len, unsigned n)
{
	struct got *g = ctx;
	if (g->b.len)
		tk_buf_addc(&g->b, '|');
	tk_buf_add(&g->b, key, len);
	tk_buf_addc(&g->b, (char)('0' + n));
	if (g->stop_after && ++g->seen == g->stop_after)
		return 7;
	return 0;
}

/* Run one segment per space-free word of each string in segs[] ("a b c"
 * is three units; "," breaks the segment), return what was emitted. */
static const char *run(unsigned lo, unsigned hi, const char *sep,
                       bool pad, const char *const *segs, struct got *g)
{
	struct tk_ngram_opts o = { lo, hi, sep, sep ? strlen(sep) : 0,
	                           pad ? "<s>" : NULL, pad ? "</s>" : NULL,
	                           3, 4 };
	struct tk_ngrams *w = tk_ngrams_new(&o, collect, g);
	for (; *segs; segs++) {
		const char *p = *segs;
		while (*p) {
			size_t l = strcspn(p, " ");
			if (l == 1 && *p == ',')
				tk_ngrams_break(w);
			else if (l)
				tk_ngrams_push(w, p, l);
			p += l;
			p += *p == ' ';
		}
		tk_ngrams_end(w);
	}
	tk_ngrams_free(w);
	return tk_buf_cstr(&g->b);
}

#define EXPECT(lo, hi, sep, pad, want, ...)                                  \
	do {                                                                 \
		const char *const segs_[] = { __VA_ARGS__, NULL };           \
		struct got g_ = { TK_BUF_INIT, 0, 0 };                       \
		ck_assert_str_eq(run(lo, hi, sep, pad, segs_, &g_), want);   \
		tk_buf_free(&g_.b);                                          \
	} while (0)

START_TEST(bigrams)
{
	EXPECT(2, 2, NULL, false, "a b2|b c2|c d2", "a b c d");
	EXPECT(2, 2, NULL, false, "", "a");
	EXPECT(2, 2, NULL, false, "", "");
	/* Segments never join. */
	EXPECT(2, 2, NULL, false, "a b2|c d2", "a b", "c d");
	EXPECT(1, 1, NULL, false, "a1|b1|c1", "a b", "c");
}
END_TEST

START_TEST(everygrams_in_text_order)
{
	EXPECT(1, 2, NULL, false, "a1|a b2|b1|b c2|c1", "a b c");
	EXPECT(1, 3, NULL, false, "a1|a b2|a b c3|b1|b c2|c1", "a b c");
	EXPECT(2, 3, NULL, false, "a b2|a b c3|b c2|b c d3|c d2", "a b c d");
	/* Segment shorter than min_n: nothing. */
	EXPECT(3, 5, NULL, false, "", "a b");
	EXPECT(5, 5, NULL, false, "a b c d e5|b c d e f5", "a b c d e f");
}
END_TEST

START_TEST(padding)
{
	EXPECT(2, 2, NULL, true, "<s> a2|a b2|b </s>2", "a b");
	EXPECT(3, 3, NULL, true, "<s> a </s>3", "a");
	EXPECT(1, 1, NULL, true, "<s>1|a1|</s>1", "a");
	/* An empty segment stays empty. */
	EXPECT(2, 2, NULL, true, "<s> a2|a </s>2", "", "a", "");
}
END_TEST

/* A break ends the run of units but not the segment: no marker. */
START_TEST(breaks)
{
	EXPECT(2, 2, NULL, false, "a b2|c d2", "a b , c d");
	EXPECT(1, 2, NULL, false, "a1|b1|b c2|c1", "a , b c ,");
	EXPECT(2, 2, NULL, true, "<s> a2|a b2|c </s>2", "a b , c");
	EXPECT(2, 2, NULL, true, "<s> a2", "a ,");
	EXPECT(1, 2, NULL, true, "<s>1|<s> a2|a1|</s>1", ", a , ,");
	EXPECT(2, 2, NULL, true, "", ", ,");
	EXPECT(3, 3, NULL, true, "<s> a b3|c d </s>3", "a b , c d");
}
END_TEST

START_TEST(separators)
{
	EXPECT(2, 3, "", false, "ab2|abc3|bc2", "a b c");
	EXPECT(2, 2, "<->", false, "x<->y2", "x y");
	EXPECT(1, 2, "_", true, "<s>1|<s>_a2|a1|a_</s>2|</s>1", "a");
}
END_TEST

START_TEST(long_segment_bounded)
{
	/* 10000 units: the window never holds more than max_n of them. */
	struct got g = { TK_BUF_INIT, 0, 0 };
	struct tk_ngram_opts o = { 3, 3, NULL, 0, NULL, NULL, 0, 0 };
	struct tk_ngrams *w = tk_ngrams_new(&o, collect, &g);
	for (int i = 0; i < 10000; i++)
		tk_ngrams_push(w, "xy", 2);
	tk_ngrams_end(w);
	tk_ngrams_free(w);
	/* 9998 trigrams "xy xy xy3" (9 bytes) joined by '|' */
	ck_assert_uint_eq(g.b.len, 9998 * 9 + 9997);
	tk_buf_free(&g.b);
}
END_TEST

START_TEST(callback_stops)
{
	struct got g = { TK_BUF_INIT, 2, 0 };
	struct tk_ngram_opts o = { 1, 1, NULL, 0, NULL, NULL, 0, 0 };
	struct tk_ngrams *w = tk_ngrams_new(&o, collect, &g);
	ck_assert_int_eq(tk_ngrams_push(w, "a", 1), 0);
	ck_assert_int_eq(tk_ngrams_push(w, "b", 1), 7);
	ck_assert(tk_ngrams_empty(w));
	ck_assert_int_eq(tk_ngrams_push(w, "c", 1), 0);
	ck_assert_int_eq(tk_ngrams_end(w), 0);
	ck_assert_str_eq(tk_buf_cstr(&g.b), "a1|b1|c1");
	tk_ngrams_free(w);
	tk_buf_free(&g.b);
}
END_TEST

/* --- tk_ngram_counts against the window --------------------------------
 *
 * The slow side maps each unit and pushes it into a tk_ngrams window
 * whose callback adds the key to want[n]; the fast side pushes the raw
 * units into tk_ngram_counts with got[n] as counters, flushing and
 * merging at random points.  The counters must end up equal. */

static uint64_t rng_state;

static uint32_t rnd(uint32_t n)
{
	return unit_rand(&rng_state) % n;
}

/* A unit of the generated vocabulary: lengths 0..40 around the short
 * key's cases (0, 1-3, 4-7, 8-16, longer), bytes of any value (NUL and
 * the separators too), mixed case, and the pad markers themselves. */
static void gen_unit(unsigned v, struct tk_buf *b)
{
	static const char *const fixed[] = { "<s>", "</s>", "a", "A", "ab",
	                                     "Ab", " ", "_", "--", "" };
	tk_buf_clear(b);
	if (v < TK_LEN(fixed)) {
		tk_buf_adds(b, fixed[v]);
		return;
	}
	uint64_t x = v * 0x9e3779b97f4a7c15ull;
	static const unsigned lens[] = { 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 40 };
	unsigned len = lens[x % TK_LEN(lens)];
	for (unsigned i = 0; i < len; i++) {
		x = x * 6364136223846793005ull + v;
		unsigned c = (unsigned)(x >> 59);
		/* mostly letters of both cases, some odd bytes */
		tk_buf_addc(b, c < 13 ? (char)('a' + c) : c < 26 ? (char)('A' + c - 13)
		             : c == 26 ? '\0' : c == 27 ? ' ' : c == 28 ? '_'
		             : c == 29 ? '-' : (char)(0x80 + v % 64));
	}
}

struct slow {
	struct tk_counter *const *want;
};

static int slow_gram(void *ctx, const char *key, size_t len, unsigned n)
{
	struct slow *sl = ctx;
	/* (no ck_assert on the hot paths: Check writes a message per call) */
	if (sl->want[n] && tk_counter_add(sl->want[n], key, len, 1) != TK_OK)
		ck_abort_msg("tk_counter_add");
	return 0;
}

/* One random configuration and text: seed picks everything. */
static void differential(uint64_t seed, unsigned units)
{
	rng_state = seed;
	unsigned lo = 1 + rnd(4), hi = lo + rnd(4);
	if (rnd(8) == 0) /* the largest windows, few orders */
		hi = TK_NGRAM_MAX - rnd(3), lo = hi - rnd(2);
	static const char *const seps[] = { " ", "", "--", "_" };
	const char *sep = seps[rnd(TK_LEN(seps))];
	bool pad = rnd(3) == 0, map = rnd(2);
	unsigned vocab = 4 + rnd(3) * rnd(3000) + (rnd(4) == 0) * 30000;
	struct tk_ngram_opts o = { lo, hi, sep, strlen(sep), pad ? "<s>" : NULL,
	                           pad ? "</s>" : NULL, 3, 4 };
	/* Orders counted: all, or (as --score) 1 and hi in two counters. */
	struct tk_counter *want[TK_NGRAM_MAX + 1] = { NULL };
	struct tk_counter *got[TK_NGRAM_MAX + 1] = { NULL };
	struct tk_counter *w1 = tk_counter_new(1), *w2 = tk_counter_new(2);
	struct tk_counter *g1 = tk_counter_new(3), *g2 = tk_counter_new(4);
	if (rnd(3) == 0) {
		o.min_n = 1;
		want[1] = w1, got[1] = g1;
		if (hi > 1)
			want[hi] = w2, got[hi] = g2;
	} else
		for (unsigned n = lo; n <= hi; n++)
			want[n] = w1, got[n] = g1;
	struct slow sl = { want };
	struct tk_ngrams *win = tk_ngrams_new(&o, slow_gram, &sl);
	/* two fast counters (two "threads"), merged at the end */
	struct tk_ngram_counts *f[2];
	/* units forgotten at every flush, now and then, or kept (the
	 * default, --by-doc's case) */
	static const size_t keep[] = { 0, 16 << 10, TK_NGRAM_KEEP_UNITS };
	for (int i = 0; i < 2; i++) {
		f[i] = tk_ngram_counts_new(&o, got, map ? ref_lower : NULL, NULL,
		                           seed + (uint64_t)i);
		tk_ngram_counts_keep_units(f[i], keep[(seed + (uint64_t)i) % 3]);
	}
	struct tk_buf u = TK_BUF_INIT, m = TK_BUF_INIT;
	int which = 0;
	for (unsigned i = 0; i < units;) {
		unsigned seg = rnd(5) == 0 ? 0 : rnd(4) == 0 ? rnd(200) : rnd(12);
		for (unsigned j = 0; j < seg && i < units; j++, i++) {
			/* Zipf-like: small numbers are frequent */
			unsigned v = rnd(1 + rnd(1 + rnd(vocab)));
			gen_unit(v, &u);
			ref_push(win, f[which], map, u.data, u.len, &m);
			/* mid-segment: the window stays */
			if (rnd(500) == 0 && tk_ngram_counts_flush(f[which]))
				ck_abort_msg("flush");
			/* a break (--words at a comma): the segment goes on */
			if (rnd(40) == 0) {
				tk_ngrams_break(win);
				tk_ngram_counts_break(f[which]);
			}
		}
		tk_ngrams_end(win);
		tk_ngram_counts_end(f[which]);
		if (rnd(50) == 0 && tk_ngram_counts_flush(f[which]))
			ck_abort_msg("flush");
		if (rnd(10) == 0)
			which = !which;
	}
	tk_ngram_counts_merge(f[0], f[1]);
	ck_assert(tk_ngram_counts_bytes(f[0]) > 0);
	ck_assert_int_eq(tk_ngram_counts_flush(f[0]), TK_OK);
	ck_assert_int_eq(tk_ngram_counts_flush(f[1]), TK_OK); /* emptied */
	ref_same_tables(w1, g1);
	ref_same_tables(w2, g2);
	for (int i = 0; i < 2; i++)
		tk_ngram_counts_free(f[i]);
	tk_ngrams_free(win);
	tk_counter_free(w1);
	tk_counter_free(w2);
	tk_counter_free(g1);
	tk_counter_free(g2);
	tk_buf_free(&u);
	tk_buf_free(&m);
}

START_TEST(counts_match_window)
{
	for (uint64_t seed = 1; seed <= 150; seed++)
		differential(seed, 2000 + (unsigned)(seed % 7) * 3000);
}
END_TEST

/* Counts of the n-grams of order n only, into a new table *c. */
static struct tk_ngram_counts *counts_of_order(unsigned n,
                                               struct tk_counter **c)
{
	*c = tk_counter_new(0);
	struct tk_counter *dst[TK_NGRAM_MAX + 1] = { NULL };
	dst[n] = *c;
	struct tk_ngram_opts o = { n, n, NULL, 0, NULL, NULL, 0, 0 };
	return tk_ngram_counts_new(&o, dst, NULL, NULL, 0);
}

/* --- tk_ngram_counts_sort against a flush and the table's sort ---------
 *
 * Documents of generated units go into two counts made alike; after
 * each, one is sorted as tuples (the fast side of ngram --by-doc), the
 * other flushed into a count table sorted in report order (the slow
 * side).  The rows, their total and the plain marks must agree; a
 * declined sort must change nothing, and is allowed only where the
 * tuples cannot give the order. */

static bool tsv_special(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\\')
			return true;
	return false;
}

static void sorted_doc(struct tk_ngram_counts *fast, struct tk_ngram_counts *slow,
                       struct tk_counter *fc, struct tk_counter *sc,
                       bool must)
{
	size_t n;
	uint64_t total;
	ck_assert_int_eq(tk_ngram_counts_flush(slow), TK_OK);
	uint64_t want_total = tk_counter_total(sc, NULL);
	size_t want = tk_counter_sort(sc, TK_ORDER_REPORT, NULL, NULL);
	if (!tk_ngram_counts_sort(fast, &n, &total)) {
		ck_assert_msg(!must, "declined a sort the tuples can give");
		ck_assert_int_eq(tk_ngram_counts_flush(fast), TK_OK);
		ck_assert_uint_eq(tk_counter_sort(fc, TK_ORDER_REPORT, NULL, NULL),
		                  want);
		for (size_t i = 0; i < want; i++) {
			struct tk_entry a = tk_counter_at(fc, i), b = tk_counter_at(sc, i);
			ck_assert(a.count == b.count && a.len == b.len &&
			          !memcmp(a.key, b.key, a.len));
		}
		tk_counter_clear(fc);
		tk_counter_clear(sc);
		return;
	}
	ck_assert_uint_eq(n, want);
	ck_assert_uint_eq(total, want_total);
	struct tk_buf key = TK_BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		bool plain;
		uint64_t count = tk_ngram_counts_row(fast, i, &key, &plain);
		struct tk_entry e = tk_counter_at(sc, i);
		if (count != e.count || key.len != e.len ||
		    (e.len && memcmp(key.data, e.key, e.len)) ||
		    plain == tsv_special(e.key, e.len))
			ck_abort_msg("row %zu of %zu: %llu '%.*s' (plain %d), "
			             "want %llu '%.*s'", i, n,
			             (unsigned long long)count, (int)key.len,
			             key.data, plain, (unsigned long long)e.count,
			             (int)e.len, e.key);
	}
	tk_ngram_counts_release(fast);
	tk_buf_free(&key);
	ck_assert_uint_eq(tk_counter_size(fc), 0);
	tk_counter_clear(sc);
}

static void sort_differential(uint64_t seed)
{
	rng_state = seed;
	unsigned lo = 1 + rnd(4), hi = lo + rnd(lo == 4 ? 2 : 4 - lo);
	static const char *const seps[] = { " ", " ", " ", "_", "\t", "\\",
	                                    "", "--" };
	const char *sep = seps[rnd(TK_LEN(seps))];
	bool pad = rnd(3) == 0, map = rnd(2);
	/* units of letters only (the tuples give the order: any separator
	 * of one byte is below them), or with any bytes */
	bool letters = rnd(3) != 0;
	unsigned vocab = 4 + rnd(3) * rnd(2000);
	struct tk_ngram_opts o = { lo, hi, sep, strlen(sep), pad ? "<s>" : NULL,
	                           pad ? "</s>" : NULL, 3, 4 };
	struct tk_counter *fc = tk_counter_new(1), *sc = tk_counter_new(2);
	struct tk_counter *fd[TK_NGRAM_MAX + 1] = { NULL };
	struct tk_counter *sd[TK_NGRAM_MAX + 1] = { NULL };
	for (unsigned k = lo; k <= hi; k++)
		fd[k] = fc, sd[k] = sc;
	struct tk_ngram_counts *fast =
	        tk_ngram_counts_new(&o, fd, map ? ref_lower : NULL, NULL, seed);
	struct tk_ngram_counts *slow =
	        tk_ngram_counts_new(&o, sd, map ? ref_lower : NULL, NULL, seed);
	static const size_t keep[] = { 0, 16 << 10, TK_NGRAM_KEEP_UNITS };
	tk_ngram_counts_keep_units(fast, keep[seed % 3]);
	bool must = strlen(sep) == 1 && hi <= TK_NGRAM_COUNTS_MAX_N &&
	            letters && (!pad || sep[0] < '/');
	struct tk_buf u = TK_BUF_INIT;
	for (unsigned doc = 0; doc < 12; doc++) {
		unsigned units = rnd(4) == 0 ? rnd(3) : rnd(600);
		for (unsigned i = 0; i < units; i++) {
			unsigned v = rnd(1 + rnd(1 + rnd(vocab)));
			gen_unit(v, &u);
			if (letters) /* the fixed units and any byte to a letter */
				for (size_t j = 0; j < u.len; j++)
					u.data[j] = (char)('a' + (unsigned char)u.data[j] % 26);
			tk_ngram_counts_push(fast, u.data, u.len);
			tk_ngram_counts_push(slow, u.data, u.len);
			if (rnd(30) == 0) {
				tk_ngram_counts_end(fast);
				tk_ngram_counts_end(slow);
			} else if (rnd(60) == 0) {
				tk_ngram_counts_break(fast);
				tk_ngram_counts_break(slow);
			}
		}
		tk_ngram_counts_end(fast);
		tk_ngram_counts_end(slow);
		sorted_doc(fast, slow, fc, sc, must);
	}
	tk_ngram_counts_free(fast);
	tk_ngram_counts_free(slow);
	tk_counter_free(fc);
	tk_counter_free(sc);
	tk_buf_free(&u);
}

/* A document whose rows do not fit in a word (4-grams of 20,000
 * distinct units, counts up to 33: 4 x 15 + 6 bits), so that they are
 * sorted as rows of three words. */
static void sort_wide_rows(void)
{
	struct tk_ngram_opts o = { 1, 4, " ", 1, NULL, NULL, 0, 0 };
	struct tk_counter *fc = tk_counter_new(1), *sc = tk_counter_new(2);
	struct tk_counter *fd[TK_NGRAM_MAX + 1] = { NULL };
	struct tk_counter *sd[TK_NGRAM_MAX + 1] = { NULL };
	for (unsigned k = 1; k <= 4; k++)
		fd[k] = fc, sd[k] = sc;
	struct tk_ngram_counts *fast = tk_ngram_counts_new(&o, fd, NULL, NULL, 5);
	struct tk_ngram_counts *slow = tk_ngram_counts_new(&o, sd, NULL, NULL, 6);
	for (unsigned r = 0; r < 33; r++) {
		for (unsigned i = 0; i < 20000 - r * 7; i++) {
			char u[4] = { (char)('a' + i % 26), (char)('a' + i / 26 % 26),
			              (char)('a' + i / 676), 0 };
			tk_ngram_counts_push(fast, u, 3 - (i % 5 == 0));
			tk_ngram_counts_push(slow, u, 3 - (i % 5 == 0));
		}
		tk_ngram_counts_end(fast);
		tk_ngram_counts_end(slow);
	}
	sorted_doc(fast, slow, fc, sc, true);
	tk_ngram_counts_free(fast);
	tk_ngram_counts_free(slow);
	tk_counter_free(fc);
	tk_counter_free(sc);
}

START_TEST(sort_matches_table)
{
	for (uint64_t seed = 1; seed <= 300; seed++)
		sort_differential(seed);
	sort_wide_rows();
}
END_TEST

START_TEST(counts_edge_cases)
{
	struct tk_counter *c;
	struct tk_ngram_counts *f = counts_of_order(2, &c);
	/* nothing, an empty segment, a one-unit segment: no bigram */
	tk_ngram_counts_end(f);
	tk_ngram_counts_push(f, "a", 1);
	tk_ngram_counts_end(f);
	ck_assert_int_eq(tk_ngram_counts_flush(f), TK_OK);
	ck_assert_uint_eq(tk_counter_size(c), 0);
	/* empty units, and a flush between the two units of a bigram */
	tk_ngram_counts_push(f, "", 0);
	ck_assert_int_eq(tk_ngram_counts_flush(f), TK_OK);
	tk_ngram_counts_push(f, "", 0);
	tk_ngram_counts_push(f, "x", 1);
	tk_ngram_counts_end(f);
	ck_assert_int_eq(tk_ngram_counts_flush(f), TK_OK);
	ck_assert_uint_eq(tk_counter_get(c, " ", 1), 1);
	ck_assert_uint_eq(tk_counter_get(c, " x", 2), 1);
	ck_assert_uint_eq(tk_counter_size(c), 2);
	/* many occurrences of one bigram, past the prefetch queue */
	for (int i = 0; i < 1000; i++)
		tk_ngram_counts_push(f, i % 2 ? "ab" : "cd", 2);
	ck_assert_int_eq(tk_ngram_counts_flush(f), TK_OK);
	ck_assert_uint_eq(tk_counter_get(c, "cd ab", 5), 500);
	ck_assert_uint_eq(tk_counter_get(c, "ab cd", 5), 499);
	tk_ngram_counts_free(f);
	tk_counter_free(c);
}
END_TEST

/* tk_ngram_counts_next_limit(): halved only when the tables passed the
 * bound with units mostly seen once; never under min; the units kept at
 * a flush then go down too, and the counts stay exact. */
START_TEST(counts_limit_shrinks_for_distinct_keys)
{
	struct tk_counter *c;
	struct tk_ngram_counts *f = counts_of_order(1, &c);
	tk_ngram_counts_keep_units(f, 0); /* (the units start again) */
	char key[32];
	/* a few units, each seen many times: not passed, and reused */
	for (int i = 0; i < 10000; i++) {
		int l = snprintf(key, sizeof key, "w%d", i % 50);
		tk_ngram_counts_push(f, key, (size_t)l);
	}
	size_t b = tk_ngram_counts_bytes(f);
	ck_assert_uint_eq(tk_ngram_counts_next_limit(f, b + 1, 1), b + 1);
	ck_assert_uint_eq(tk_ngram_counts_next_limit(f, b - 1, 1), b - 1);
	ck_assert_int_eq(tk_ngram_counts_flush(f), TK_OK);
	/* then distinct keys past the bound: halved, down to min only */
	for (int i = 0; i < 20000; i++) {
		int l = snprintf(key, sizeof key, "k%07d", i);
		tk_ngram_counts_push(f, key, (size_t)l);
	}
	b = tk_ngram_counts_bytes(f);
	ck_assert_uint_eq(tk_ngram_counts_next_limit(f, b + 1, 1), b + 1);
	ck_assert_uint_eq(tk_ngram_counts_next_limit(f, b - 1, b), b - 1);
	size_t lim = tk_ngram_counts_next_limit(f, b - 1, 1);
	ck_assert_uint_eq(lim, (b - 1) / 2);
	ck_assert_int_eq(tk_ngram_counts_flush(f), TK_OK);
	ck_assert_uint_lt(tk_ngram_counts_bytes(f), lim / 2);
	ck_assert_uint_eq(tk_counter_size(c), 50 + 20000);
	ck_assert_uint_eq(tk_counter_get(c, "w7", 2), 200);
	ck_assert_uint_eq(tk_counter_get(c, "k0019999", 8), 1);
	tk_ngram_counts_free(f);
	tk_counter_free(c);
}
END_TEST

Suite *ngram_suite(void)
{
	Suite *s = suite_create("ngram");
	TCase *tc = tcase_create("window");
	tcase_add_test(tc, bigrams);
	tcase_add_test(tc, everygrams_in_text_order);
	tcase_add_test(tc, padding);
	tcase_add_test(tc, breaks);
	tcase_add_test(tc, separators);
	tcase_add_test(tc, long_segment_bounded);
	tcase_add_test(tc, callback_stops);
	suite_add_tcase(s, tc);
	tc = tcase_create("counts");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, counts_match_window);
	tcase_add_test(tc, counts_edge_cases);
	tcase_add_test(tc, counts_limit_shrinks_for_distinct_keys);
	tcase_add_test(tc, sort_matches_table);
	suite_add_tcase(s, tc);
	return s;
}
