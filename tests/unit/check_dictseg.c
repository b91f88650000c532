/* check_dictseg.c - lib/text/dictseg: runs and their edges, the
 * stability of every word on random text of each family, threads, and
 * what a family without a segmenter gives (UAX #29's flags, recorded).
 * Language cases with hand-checked words are in tests/cli/tokenize-cjk.t. */
#include "unit.h"
#include "text/dictseg.h"
#include "text/wordbreak.h"

#include <pthread.h>


/* Letters of each family, and a few characters outside runs. */
static const char *const han[] = { "北", "京", "大", "学", "的", "一",
	"個", "中", "國", "人", "東", "語", "々", "〇" };
static const char *const kana[] = { "に", "は", "を", "ま", "す", "コ",
	"ー", "ヒ", "ッ", "た", "が", "ゃ" };
static const char *const thai[] = { "ภ", "า", "ษ", "ไ", "ท", "ย", "ม่",
	"ี", "ก", "น", "ข้", "ว" };
static const char *const other[] = { "a", "7", "。", "、", "-", "é",
	"\xCC\x81", "\xE2\x80\x8D", "\xEF\xB8\x8F" };

/* Up to maxk pieces of the families in fams (bits: Han, kana, Thai). */
static size_t gen(uint64_t *st, char *s, size_t cap, int fams, unsigned maxk)
{
	size_t n = 0, k = 1 + unit_rand(st) % maxk;
	for (size_t i = 0; i < k; i++) {
		const char *p;
		unsigned r = unit_rand(st) % 10;
		if (r < 4 && (fams & 1))
			p = han[unit_rand(st) % TK_LEN(han)];
		else if (r < 7 && (fams & 2))
			p = kana[unit_rand(st) % TK_LEN(kana)];
		else if (r < 9 && (fams & 4))
			p = thai[unit_rand(st) % TK_LEN(thai)];
		else
			p = other[unit_rand(st) % TK_LEN(other)];
		size_t l = strlen(p);
		if (n + l > cap)
			break;
		memcpy(s + n, p, l);
		n += l;
	}
	return n;
}

/* Every word that refine() leaves, refined alone by an instance that
 * has forgotten everything (so that no cached answer vouches for it),
 * stays one word; only flags strictly inside runs change. */
static void check_stable(struct tk_dictseg *d, uint32_t seed, int iters)
{
	struct tk_dictseg *e = tk_dictseg_new();
	uint64_t st = seed;
	char s[128], p[128], q[128], w[128];
	for (int it = 0; it < iters; it++) {
		size_t n = gen(&st, s, sizeof s, 1 + (int)(unit_rand(&st) % 7), 14);
		if (!n)
			continue;
		tk_wordbreaks_table(s, n, p);
		memcpy(w, p, n);
		tk_dictseg_refine(d, s, n, p);
		ck_assert_int_eq(p[0], w[0]);
		size_t a = 0;
		for (size_t i = 1; i <= n; i++) {
			if (i < n && !p[i])
				continue;
			tk_wordbreaks_table(s + a, i - a, q);
			tk_dictseg_forget(e);
			tk_dictseg_refine(e, s + a, i - a, q);
			for (size_t j = 1; j < i - a; j++)
				ck_assert_msg(!q[j], "word \"%.*s\" splits alone",
				              (int)(i - a), s + a);
			a = i;
		}
	}
	tk_dictseg_free(e);
}

START_TEST(words_are_stable)
{
	struct tk_dictseg *d = tk_dictseg_new();
	check_stable(d, 2024, unit_scale(3000));
	tk_dictseg_free(d);
}
END_TEST

static void *stable_thread(void *arg)
{
	struct tk_dictseg *d = tk_dictseg_new();
	check_stable(d, (uint32_t)(uintptr_t)arg, unit_scale(500));
	tk_dictseg_free(d);
	return NULL;
}

START_TEST(threads_each_their_own)
{
	pthread_t th[3];
	for (uintptr_t i = 0; i < 3; i++)
		ck_assert_int_eq(pthread_create(&th[i], NULL, stable_thread,
		                                (void *)(i + 7)), 0);
	for (int i = 0; i < 3; i++)
		pthread_join(th[i], NULL);
}
END_TEST

/* The cache's answers are what segmenting afresh gives: one instance
 * keeps its cache over inputs that come back (a third of them repeat
 * an earlier one) and over runs of up to a few hundred bytes, enough
 * to fill it and empty it; another forgets everything before each. */
START_TEST(cache_is_transparent)
{
	struct tk_dictseg *d = tk_dictseg_new(), *e = tk_dictseg_new();
	uint64_t st = 77, seeds[64];
	static char s[1024], p[1024], q[1024];
	size_t nseeds = 0;
	for (int it = 0; it < unit_scale(8000); it++) {
		uint64_t g;
		if (nseeds && unit_rand(&st) % 3 == 0)
			g = seeds[unit_rand(&st) % nseeds];
		else {
			g = unit_rand64(&st) | 1;
			seeds[nseeds < TK_LEN(seeds) ? nseeds++ : unit_rand(&st) % nseeds] = g;
		}
		uint64_t gs = g;
		int fams = 1 + (int)(unit_rand(&gs) % 7);
		size_t n = gen(&gs, s, sizeof s, fams, 1 + unit_rand(&gs) % 300);
		if (!n)
			continue;
		tk_wordbreaks_table(s, n, p);
		memcpy(q, p, n);
		tk_dictseg_refine(d, s, n, p);
		tk_dictseg_forget(e);
		tk_dictseg_refine(e, s, n, q);
		ck_assert_msg(memcmp(p, q, n) == 0, "cached and fresh differ: \"%.*s\"",
		              (int)n, s);
	}
	tk_dictseg_forget(d);
	tk_dictseg_free(d);
	tk_dictseg_free(e);
}
END_TEST

/* The table of character kinds that finds runs is the computed kind on
 * every code point (pages filled on first use, by two threads at
 * once). */
START_TEST(kind_table_equals_computed)
{
	ck_assert_table_twice(tk_dictseg_check_kinds, "kind");
}
END_TEST

/* The edges of a run keep UAX #29's flags: 東京Tower. */
START_TEST(run_edges_stay)
{
	struct tk_dictseg *d = tk_dictseg_new();
	const char *s = "\xE6\x9D\xB1\xE4\xBA\xAC" "Tower";  /* 東京Tower */
	size_t n = strlen(s);
	char p[32], w[32];
	tk_wordbreaks_table(s, n, p);
	memcpy(w, p, n);
	tk_dictseg_refine(d, s, n, p);
	ck_assert_int_eq(p[6], 1);
	for (size_t i = 7; i < n; i++)
		ck_assert_int_eq(p[i], w[i]);
	tk_dictseg_free(d);
}
END_TEST

/* Each family segmented here, or left as UAX #29 has it and recorded. */
START_TEST(families_segmented_or_missed)
{
	static const struct { unsigned fam; const char *s; } cases[] = {
		{ TK_DS_HAN, "我们去北京" },
		{ TK_DS_JA, "東京都に住んでいます" },
		{ TK_DS_THAI, "ภาษาไทยไม่มีช่องว่าง" },
		{ TK_DS_LAO, "ພາສາລາວເປັນພາສາ" },
		{ TK_DS_KHMER, "ខ្ញុំស្រលាញ់កម្ពុជា" },
		{ TK_DS_MYANMAR, "ကျွန်တော်ကျောင်းသွားတယ်" },
	};
	struct tk_dictseg *d = tk_dictseg_new();
	unsigned avail = tk_dictseg_available();
	ck_assert_str_ne(tk_dictseg_describe(), "");
	if (!avail)
		ck_assert_str_eq(tk_dictseg_describe(), "none");
	for (size_t k = 0; k < TK_LEN(cases); k++) {
		const char *s = cases[k].s;
		size_t n = strlen(s), words = 1, chars = 0;
		char p[128], u[128];
		bool ok = tk_dictseg_words(d, cases[k].fam, s, n, p);
		ck_assert_int_eq(ok, (avail & cases[k].fam) != 0);
		tk_wordbreaks_table(s, n, u);
		tk_dictseg_refine(d, s, n, u);
		for (size_t i = 1; i < n; i++) {
			words += p[i] != 0;
			chars += ((unsigned char)s[i] & 0xC0) != 0x80;
			if (ok)
				ck_assert_int_eq(u[i], p[i]);
		}
		if (ok)
			ck_assert_msg(words > 1 && words <= chars,
			              "%s: %zu words", tk_dictseg_family_name(cases[k].fam), words);
		else
			ck_assert(tk_dictseg_missed() & cases[k].fam);
	}
	tk_dictseg_free(d);
}
END_TEST

Suite *dictseg_suite(void)
{
	Suite *s = suite_create("dictseg");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, words_are_stable);
	tcase_add_test(tc, threads_each_their_own);
	tcase_add_test(tc, cache_is_transparent);
	tcase_add_test(tc, kind_table_equals_computed);
	tcase_add_test(tc, run_edges_stay);
	tcase_add_test(tc, families_segmented_or_missed);
	suite_add_tcase(s, tc);
	return s;
}
