/* check_fold.c - lib/fold: table order, each folding class, accents,
 * ASCII transliteration, invisible characters, squeeze. */
#include "unit.h"
#include "text/fold.h"
#include "base/utf8.h"

size_t tk_fold_table_size(void);
uint32_t tk_fold_table_cp(size_t i);

static void check(unsigned flags, const char *s, const char *want)
{
	struct tk_fold f = { flags, NULL, 0 };
	struct tk_buf b = TK_BUF_INIT;
	tk_buf_reserve(&b, 1); /* data never NULL for memcmp */
	tk_fold(&f, s, strlen(s), &b);
	ck_assert_span_eq(b.data, b.len, want);
	tk_buf_free(&b);
}

START_TEST(table_sorted)
{
	for (size_t i = 1; i < tk_fold_table_size(); i++)
		ck_assert_msg(tk_fold_table_cp(i - 1) < tk_fold_table_cp(i),
		              "row %zu out of order", i);
}
END_TEST

START_TEST(punctuation)
{
	check(TK_FOLD_QUOTES, "\xE2\x80\x9Chi\xE2\x80\x9D \xE2\x80\x98x\xE2\x80\x99 \xC2\xAB" "a\xC2\xBB 5\xE2\x80\xB2",
	      "\"hi\" 'x' \"a\" 5'");
	check(TK_FOLD_QUOTES, "a\xE2\x80\x94" "b", "a\xE2\x80\x94" "b"); /* not a quote */
	check(TK_FOLD_DASHES, "a\xE2\x80\x94" "b 1\xE2\x80\x93" "2 \xE2\x88\x92" "3", "a--b 1-2 -3");
	check(TK_FOLD_PUNCT, "wait\xE2\x80\xA6 a\xC2\xA0" "b\xE3\x80\x80" "c \xEF\xBC\xA1\xEF\xBC\x81",
	      "wait... a b c A!");
	check(TK_FOLD_OTHER, "\xE2\x80\x9C", "\xE2\x80\x9C");
}
END_TEST

START_TEST(accents)
{
	check(TK_FOLD_ACCENTS, "na\xC3\xAFve caf\xC3\xA9 e\xCC\x81", "naive cafe e");
	check(TK_FOLD_ACCENTS, "\xC5\x81\xC3\xB3" "d\xC5\xBA \xC3\xB8 \xC4\x91", "Lodz o d");
	check(TK_FOLD_ACCENTS, "\xE1\xBB\x87", "e"); /* e with circumflex and dot below */
	/* Japanese voicing mark and Devanagari nukta stay */
	check(TK_FOLD_ACCENTS, "\xE3\x81\x8C \xE0\xA5\x98", "\xE3\x81\x8C \xE0\xA5\x98");
	check(TK_FOLD_ACCENTS, "\xEA\xB0\x80", "\xEA\xB0\x80"); /* Hangul kept whole */
}
END_TEST

START_TEST(ascii)
{
	check(TK_FOLD_ASCII, "\xEF\xAC\x81 \xC3\x86sir \xE2\x82\xAC" "5 \xC2\xA9 \xC2\xBD \xE2\x84\xA2",
	      "fi AEsir EUR5 (c) 1/2 TM");
	check(TK_FOLD_ASCII, "\xD0\x9C\xD0\xB8\xD1\x80", "???");
	check(TK_FOLD_ASCII, "Stra\xC3\x9F" "e \xE2\x80\x9Cq\xE2\x80\x9D", "Strasse \"q\"");
	struct tk_fold f = { TK_FOLD_ASCII, "[?]", 3 };
	struct tk_buf b = TK_BUF_INIT;
	tk_buf_reserve(&b, 1); /* data never NULL for memcmp */
	tk_fold(&f, "a\xE4\xB8\xAD" "b", 5, &b);
	ck_assert_span_eq(b.data, b.len, "a[?]b");
	tk_buf_free(&b);
}
END_TEST

START_TEST(ascii_output_is_ascii)
{
	/* Every code point: the ASCII fold yields ASCII only. */
	struct tk_fold f = { TK_FOLD_ASCII, NULL, 0 };
	struct tk_buf b = TK_BUF_INIT;
	tk_buf_reserve(&b, 1); /* data never NULL for memcmp */
	for (uint32_t c = 0; c < 0x30000; c++) {
		if (c >= 0xD800 && c < 0xE000)
			continue;
		char s[4];
		int n = tk_utf8_encode(c, s);
		tk_buf_clear(&b);
		tk_fold(&f, s, (size_t)n, &b);
		for (size_t i = 0; i < b.len; i++)
			ck_assert_msg((unsigned char)b.data[i] < 0x80,
			              "U+%04X gives non-ASCII", (unsigned)c);
	}
	tk_buf_free(&b);
}
END_TEST

START_TEST(invisible)
{
	check(TK_FOLD_INVISIBLE, "a\xE2\x80\x8B" "b\xC2\xAD" "c\xE2\x80\x8E" "d\x01" "e\tf\xEF\xBB\xBF",
	      "abcde\tf");
	/* ZWNJ in Persian, ZWJ in an emoji sequence: kept */
	check(TK_FOLD_INVISIBLE, "\xD9\x85\xE2\x80\x8C\xD9\x85", "\xD9\x85\xE2\x80\x8C\xD9\x85");
	check(TK_FOLD_INVISIBLE, "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x92\xBB",
	      "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x92\xBB");
	check(TK_FOLD_INVISIBLE, "a\xE2\x80\x8D" "b", "ab");
	check(TK_FOLD_INVISIBLE, "\xE2\x80\xAE" "abc\xE2\x80\xAC", "abc");
	/* joiners are decided by their neighbours as they come out */
	check(TK_FOLD_INVISIBLE | TK_FOLD_QUOTES,
	      "\xE2\x80\x9D\xE2\x80\x8D\xF0\x9F\x92\xBB", "\"\xF0\x9F\x92\xBB");
	check(TK_FOLD_INVISIBLE | TK_FOLD_ACCENTS,
	      "\xC3\xA9\xE2\x80\x8C\xD9\x85 \xC3\xB8\xE2\x80\x8C\xD9\x85",
	      "e\xD9\x85 o\xD9\x85");
	check(TK_FOLD_INVISIBLE | TK_FOLD_ASCII,
	      "\xD9\x85\xE2\x80\x8C\xD9\x85", "??");
	/* white space is no neighbour to join; other joiners and dropped
	 * characters are looked across */
	check(TK_FOLD_INVISIBLE, "\xC2\xA0\xE2\x80\x8D\xD9\x85", "\xC2\xA0\xD9\x85");
	check(TK_FOLD_INVISIBLE,
	      "\xD9\x85\xE2\x80\x8D\xE2\x80\x8B\xE2\x80\x8C\xD9\x85",
	      "\xD9\x85\xE2\x80\x8D\xE2\x80\x8C\xD9\x85");
	check(TK_FOLD_INVISIBLE, "\xD9\x85\xE2\x80\x8D\xE2\x80\x8C", "\xD9\x85");
	check(TK_FOLD_INVISIBLE, "\xE2\x80\x8D\xD9\x85", "\xD9\x85");
}
END_TEST

START_TEST(joiners_on_output)
{
	/* tk_fold_joiners on a buffer from an offset: the text before the
	 * offset is no neighbour */
	struct tk_buf b = TK_BUF_INIT;
	tk_buf_adds(&b, "\xD9\x85|K\xE2\x80\x8D\xD9\x85 \xE2\x80\x9C\xE2\x80\x8C\xE2\x80\x9D");
	ck_assert(!tk_fold_joiners(&b, 10)); /* at U+201C */
	ck_assert(tk_fold_joiners(&b, 3));
	ck_assert_span_eq(b.data, b.len,
	                  "\xD9\x85|K\xD9\x85 \xE2\x80\x9C\xE2\x80\x8C\xE2\x80\x9D");
	ck_assert(!tk_fold_joiners(&b, 0));
	tk_buf_clear(&b);
	tk_buf_adds(&b, "\xE2\x80\x8D");
	ck_assert(tk_fold_joiners(&b, 0));
	ck_assert_uint_eq(b.len, 0);
	ck_assert(!tk_fold_joiners(&b, 0));
	tk_buf_free(&b);
}
END_TEST

START_TEST(invisible_word_path)
{
	/* The 8-bytes-at-a-time scan against the obvious rule: every ASCII
	 * byte at every position of a 24-byte line. */
	struct tk_fold f = { TK_FOLD_INVISIBLE, NULL, 0 };
	struct tk_buf b = TK_BUF_INIT;
	for (int c = 0; c < 128; c++)
		for (size_t pos = 0; pos < 24; pos++) {
			char s[24], want[24];
			memset(s, 'x', sizeof s);
			s[pos] = (char)c;
			bool drop = (c < 0x20 && c != '\t' && c != '\n') || c == 0x7F;
			size_t wn = 0;
			for (size_t i = 0; i < sizeof s; i++)
				if (!(drop && i == pos))
					want[wn++] = s[i];
			tk_buf_clear(&b);
			tk_fold(&f, s, sizeof s, &b);
			ck_assert_msg(b.len == wn && memcmp(b.data, want, wn) == 0,
			              "byte %d at %zu", c, pos);
		}
	tk_buf_free(&b);
}
END_TEST

static void squeeze(const char *s, const char *want)
{
	struct tk_squeeze st = TK_SQUEEZE_INIT;
	struct tk_buf b = TK_BUF_INIT;
	tk_buf_reserve(&b, 1); /* data never NULL for memcmp */
	tk_squeeze(&st, s, strlen(s), true, &b);
	ck_assert_span_eq(b.data, b.len, want);
	tk_buf_free(&b);
}

START_TEST(squeeze_runs)
{
	squeeze("  a \t b\xC2\xA0\xE2\x80\x83" "c  ", "a b c");
	squeeze("", "");
	squeeze(" \t ", "");
	/* state across pieces of one line */
	struct tk_squeeze st = TK_SQUEEZE_INIT;
	struct tk_buf b = TK_BUF_INIT;
	tk_buf_reserve(&b, 1); /* data never NULL for memcmp */
	tk_squeeze(&st, " a ", 3, false, &b);
	tk_squeeze(&st, "  b ", 4, true, &b);
	tk_squeeze(&st, " c", 2, true, &b);
	ck_assert_span_eq(b.data, b.len, "a bc");
	tk_buf_free(&b);
}
END_TEST

Suite *fold_suite(void)
{
	Suite *s = suite_create("fold");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, table_sorted);
	tcase_add_test(tc, punctuation);
	tcase_add_test(tc, accents);
	tcase_add_test(tc, ascii);
	tcase_add_test(tc, ascii_output_is_ascii);
	tcase_add_test(tc, invisible);
	tcase_add_test(tc, invisible_word_path);
	tcase_add_test(tc, joiners_on_output);
	tcase_add_test(tc, squeeze_runs);
	suite_add_tcase(s, tc);
	return s;
}
