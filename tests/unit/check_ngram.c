/* check_ngram.c - lib/ngram: windows, everygrams, order, padding,
 * separators, bounded window, early stop. */
#include "unit.h"
#include "ngram.h"
#include "buf.h"

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
 * is three units), return what was emitted. */
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
			if (l)
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

Suite *ngram_suite(void)
{
	Suite *s = suite_create("ngram");
	TCase *tc = tcase_create("window");
	tcase_add_test(tc, bigrams);
	tcase_add_test(tc, everygrams_in_text_order);
	tcase_add_test(tc, padding);
	tcase_add_test(tc, separators);
	tcase_add_test(tc, long_segment_bounded);
	tcase_add_test(tc, callback_stops);
	suite_add_tcase(s, tc);
	return s;
}
