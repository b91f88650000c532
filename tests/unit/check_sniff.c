/* check_sniff.c - lib/text/sniff: the encoding named in warnings about
 * undeclared input, from samples made by iconv-like hand encoding. */
#include "unit.h"
#include "text/sniff.h"

/* s (ASCII) as UTF-16 or UTF-32, little or big endian, into out. */
static size_t widen(const char *s, int width, bool le, char *out)
{
	size_t n = 0;
	for (; *s; s++)
		for (int k = 0; k < width; k++)
			out[n++] = (char)((le ? k == 0 : k == width - 1) ? *s : 0);
	return n;
}

START_TEST(wide_encodings)
{
	const char *t = "Hello world, this is plain text.\n";
	char buf[512];
	size_t n = widen(t, 2, true, buf);
	ck_assert_str_eq(tk_sniff_encoding(buf, n), "utf-16le");
	n = widen(t, 2, false, buf);
	ck_assert_str_eq(tk_sniff_encoding(buf, n), "utf-16be");
	n = widen(t, 4, true, buf);
	ck_assert_str_eq(tk_sniff_encoding(buf, n), "utf-32le");
	n = widen(t, 4, false, buf);
	ck_assert_str_eq(tk_sniff_encoding(buf, n), "utf-32be");
	/* too short to say */
	n = widen("Hi", 2, true, buf);
	ck_assert_ptr_null(tk_sniff_encoding(buf, n));
}
END_TEST

START_TEST(legacy_8bit)
{
	/* Windows-1252: f\xfcr, curly quotes 0x93 0x94 */
	const char *w = "f\xfcr die Stra\xdf" "e \x93uns\x94\n";
	ck_assert_str_eq(tk_sniff_encoding(w, strlen(w)), "cp1252");
	/* 0x81 is undefined in Windows-1252: Latin-1 */
	const char *l = "a\x81 b\xe9\n";
	ck_assert_str_eq(tk_sniff_encoding(l, strlen(l)), "latin1");
}
END_TEST

START_TEST(nothing_to_say)
{
	/* an empty file: no sample at all, the pointer may be NULL */
	ck_assert_ptr_null(tk_sniff_encoding(NULL, 0));
	const char *const ok[] = {
		"plain ASCII text\n",
		"caf\xc3\xa9 \xe6\x9d\xb1\xe4\xba\xac \xf0\x9f\x98\x80\n",
		/* mostly valid UTF-8 with one stray byte: not a legacy file */
		"caf\xc3\xa9 na\xc3\xafve r\xc3\xa9sum\xc3\xa9 f\xfcr\n",
		/* a sequence cut at the sample's end */
		"abc \xe6\x9d",
		/* NUL as data now and then */
		"a\0b c d e f g h i j k l m n o p q r s t\n",
		"",
	};
	ck_assert_ptr_null(tk_sniff_encoding(ok[0], strlen(ok[0])));
	ck_assert_ptr_null(tk_sniff_encoding(ok[1], strlen(ok[1])));
	ck_assert_ptr_null(tk_sniff_encoding(ok[2], strlen(ok[2])));
	ck_assert_ptr_null(tk_sniff_encoding(ok[3], strlen(ok[3])));
	ck_assert_ptr_null(tk_sniff_encoding(ok[4], 41));
	ck_assert_ptr_null(tk_sniff_encoding(ok[5], 0));
}
END_TEST

Suite *sniff_suite(void)
{
	Suite *s = suite_create("sniff");
	TCase *t = tcase_create("core");
	tcase_add_test(t, wide_encodings);
	tcase_add_test(t, legacy_8bit);
	tcase_add_test(t, nothing_to_say);
	suite_add_tcase(s, t);
	return s;
}
