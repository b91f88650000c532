/* check_decode.c - lib/decode: every split point across blocks, the
 * --invalid policies, BOMs, CR/CRLF, iconv encodings. */
#include "unit.h"
#include "base/buf.h"
#include "text/decode.h"

/* Decode in[0..n) fed in blocks of `block` bytes (0: all at once). */
static int run(const char *enc, enum tk_invalid pol, const char *in, size_t n,
               size_t block, struct tk_buf *out, uint64_t *ninvalid)
{
	struct tk_decoder *d = tk_decoder_new(enc, pol);
	ck_assert_ptr_nonnull(d);
	int rc = TK_OK;
	size_t i = 0;
	if (block == 0)
		block = n ? n : 1;
	while (i < n && rc == TK_OK) {
		size_t k = n - i < block ? n - i : block;
		rc = tk_decoder_feed(d, in + i, k, out);
		i += k;
	}
	if (rc == TK_OK)
		rc = tk_decoder_finish(d, out);
	if (ninvalid)
		*ninvalid = tk_decoder_invalid_count(d);
	tk_decoder_free(d);
	return rc;
}

static void expect_n(const char *enc, enum tk_invalid pol, const char *in,
                     size_t n, const char *want, size_t wn,
                     uint64_t want_invalid)
{
	/* Every block size from 1 to n+1 puts a split at every position. */
	for (size_t block = 1; block <= n + 1; block++) {
		struct tk_buf out = TK_BUF_INIT;
		uint64_t ni;
		int rc = run(enc, pol, in, n, block, &out, &ni);
		ck_assert_int_eq(rc, TK_OK);
		ck_assert_msg(out.len == wn && memcmp(out.data, want, wn) == 0,
		              "block %zu: got \"%.*s\" (%zu bytes), want \"%s\"",
		              block, (int)out.len, out.data, out.len, want);
		ck_assert_uint_eq(ni, want_invalid);
		tk_buf_free(&out);
	}
}

#define expect(enc, pol, in, n, want, ninv) \
	expect_n(enc, pol, in, n, want, sizeof(want) - 1, ninv)
#define EXPECT(in, want, ninv) \
	expect(NULL, TK_INVALID_REPLACE, in, sizeof(in) - 1, want, ninv)

START_TEST(splits_of_multibyte)
{
	EXPECT("caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80!", "caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80!", 0);
	EXPECT("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", 0);
}
END_TEST

START_TEST(invalid_replace)
{
	EXPECT("a\xC0\xAF" "b", "a\xEF\xBF\xBD\xEF\xBF\xBD" "b", 2);       /* overlong */
	EXPECT("a\xED\xA0\x80" "b", "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "b", 3); /* surrogate */
	EXPECT("a\xE2\x80" "b", "a\xEF\xBF\xBD" "b", 1);                   /* truncated */
	EXPECT("a\x80\x80", "a\xEF\xBF\xBD\xEF\xBF\xBD", 2);               /* stray */
	EXPECT("\xFFz", "\xEF\xBF\xBDz", 1);
	EXPECT("end\xF0\x9F\x98", "end\xEF\xBF\xBD", 1);                  /* truncated at EOF */
	EXPECT("nul\0byte", "nul\0byte", 0);
}
END_TEST

START_TEST(invalid_drop_and_fail)
{
	const char in[] = "ab\xFF" "cd";
	expect(NULL, TK_INVALID_DROP, in, 5, "abcd", 1);
	struct tk_buf out = TK_BUF_INIT;
	struct tk_decoder *d = tk_decoder_new(NULL, TK_INVALID_FAIL);
	ck_assert_int_eq(tk_decoder_feed(d, in, 5, &out), TK_EILSEQ);
	ck_assert_uint_eq(tk_decoder_error_offset(d), 2);
	tk_decoder_free(d);
	/* Truncated at EOF fails at finish, with the sequence's offset. */
	d = tk_decoder_new(NULL, TK_INVALID_FAIL);
	out.len = 0;
	ck_assert_int_eq(tk_decoder_feed(d, "xy\xE2\x80", 4, &out), TK_OK);
	ck_assert_int_eq(tk_decoder_finish(d, &out), TK_EILSEQ);
	ck_assert_uint_eq(tk_decoder_error_offset(d), 2);
	tk_decoder_free(d);
	tk_buf_free(&out);
}
END_TEST

START_TEST(line_ends_and_bom)
{
	EXPECT("a\r\nb\rc\n\r\n", "a\nb\nc\n\n", 0);
	EXPECT("\xEF\xBB\xBFhi", "hi", 0);
	EXPECT("hi\xEF\xBB\xBF", "hi\xEF\xBB\xBF", 0); /* only at the start */
	EXPECT("\xFF\xFEh\0i\0", "hi", 0);               /* UTF-16LE BOM */
	EXPECT("\xFE\xFF\0h\0i", "hi", 0);               /* UTF-16BE BOM */
	EXPECT("\xFF\xFE\0\0h\0\0\0", "h", 0);           /* UTF-32LE BOM */
	EXPECT("", "", 0);
	EXPECT("x", "x", 0);
}
END_TEST

START_TEST(iconv_encodings)
{
	expect("latin1", TK_INVALID_REPLACE, "caf\xE9\r\n", 6, "caf\xC3\xA9\n", 0);
	expect("UTF-16LE", TK_INVALID_REPLACE, "h\0\xE9\0\x14\x20", 6,
	       "h\xC3\xA9\xE2\x80\x94", 0);
	/* A surrogate pair split anywhere. */
	expect("UTF-16LE", TK_INVALID_REPLACE, "\x3D\xD8\x00\xDE", 4,
	       "\xF0\x9F\x98\x80", 0);
	/* Odd trailing byte at EOF is ill-formed. */
	expect("UTF-16LE", TK_INVALID_REPLACE, "a\0b", 3, "a\xEF\xBF\xBD", 1);
	expect("koi8-r", TK_INVALID_REPLACE, "\xED\xCF\xD3\xCB\xD7\xC1", 6,
	       "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", 0);
	ck_assert(!tk_decoder_encoding_ok("no-such-encoding"));
	ck_assert_ptr_null(tk_decoder_new("no-such-encoding", TK_INVALID_REPLACE));
}
END_TEST

Suite *decode_suite(void)
{
	Suite *s = suite_create("decode");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, splits_of_multibyte);
	tcase_add_test(tc, invalid_replace);
	tcase_add_test(tc, invalid_drop_and_fail);
	tcase_add_test(tc, line_ends_and_bom);
	tcase_add_test(tc, iconv_encodings);
	suite_add_tcase(s, tc);
	return s;
}
