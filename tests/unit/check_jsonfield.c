/* check_jsonfield.c - lib/text/jsonfield: members of one JSON object,
 * decoding of every escape, and rejection of what RFC 8259 forbids. */
#include "unit.h"
#include "text/jsonfield.h"

static const char *const names[] = { "id", "text" };

/* Parse s; return the status, and the two fields in got[]. */
static int parse(const char *s, struct tk_buf got[2], enum tk_json_kind found[2])
{
	size_t at = 0;
	return tk_json_fields(s, strlen(s), names, 2, got, found, &at);
}

START_TEST(fields)
{
	struct tk_buf got[2] = { TK_BUF_INIT, TK_BUF_INIT };
	enum tk_json_kind found[2];
	ck_assert_int_eq(parse("{\"id\": \"a1\", \"text\": \"Hello world\"}",
	                       got, found), TK_OK);
	ck_assert(found[0] == TK_JSON_STRING && found[1] == TK_JSON_STRING);
	ck_assert_span_eq(got[0].data, got[0].len, "a1");
	ck_assert_span_eq(got[1].data, got[1].len, "Hello world");
	/* Numbers and literals as written; other members skipped, nested
	 * ones too; the last of a repeated name wins. */
	ck_assert_int_eq(parse(" {\"meta\":{\"text\":\"no\",\"a\":[1,2,{}]},"
	                       "\"id\":-12.5e+3,\"text\":\"x\",\"text\":\"y\"}\r\n",
	                       got, found), TK_OK);
	ck_assert_span_eq(got[0].data, got[0].len, "-12.5e+3");
	ck_assert_int_eq(found[0], TK_JSON_NUMBER);
	ck_assert_span_eq(got[1].data, got[1].len, "y");
	ck_assert_int_eq(parse("{\"id\":null}", got, found), TK_OK);
	ck_assert(found[0] == TK_JSON_NULL && found[1] == TK_JSON_ABSENT);
	ck_assert_span_eq(got[0].data, got[0].len, "null");
	ck_assert_int_eq(parse("{}", got, found), TK_OK);
	ck_assert(!found[0] && !found[1]);
	ck_assert_int_eq(parse("{\"id\":[1, \"a\"]}", got, found), TK_OK);
	ck_assert_span_eq(got[0].data, got[0].len, "[1, \"a\"]");
	ck_assert_int_eq(found[0], TK_JSON_ARRAY);
	ck_assert_int_eq(parse("{\"id\":{},\"text\":false}", got, found), TK_OK);
	ck_assert(found[0] == TK_JSON_OBJECT && found[1] == TK_JSON_BOOL);
	/* The last of a repeated name gives the kind too. */
	ck_assert_int_eq(parse("{\"text\":1,\"text\":\"1\"}", got, found), TK_OK);
	ck_assert_int_eq(found[1], TK_JSON_STRING);
	tk_buf_free(&got[0]);
	tk_buf_free(&got[1]);
}
END_TEST

START_TEST(escapes)
{
	struct tk_buf got[2] = { TK_BUF_INIT, TK_BUF_INIT };
	enum tk_json_kind found[2];
	ck_assert_int_eq(parse("{\"text\":\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\te\"}",
	                       got, found), TK_OK);
	ck_assert_span_eq(got[1].data, got[1].len, "a\"b\\c/d\b\f\n\r\te");
	/* \u escapes: BMP, a surrogate pair, a lone surrogate, NUL. */
	ck_assert_int_eq(parse("{\"text\":\"\\u00e9\\u6771\\ud83d\\ude00"
	                       "\\udc00x\\ud800\\u0041\"}", got, found), TK_OK);
	ck_assert_span_eq(got[1].data, got[1].len,
	                  "\xc3\xa9\xe6\x9d\xb1\xf0\x9f\x98\x80"
	                  "\xef\xbf\xbdx\xef\xbf\xbd" "A");
	ck_assert_int_eq(parse("{\"text\":\"a\\u0000b\"}", got, found), TK_OK);
	ck_assert_uint_eq(got[1].len, 3);
	ck_assert(memcmp(got[1].data, "a\0b", 3) == 0);
	/* A member name with escapes matches its decoded form. */
	ck_assert_int_eq(parse("{\"\\u0069d\":\"k\"}", got, found), TK_OK);
	ck_assert(found[0]);
	ck_assert_span_eq(got[0].data, got[0].len, "k");
	/* UTF-8 passes through. */
	ck_assert_int_eq(parse("{\"text\":\"東京 über\"}", got, found), TK_OK);
	ck_assert_span_eq(got[1].data, got[1].len, "東京 über");
	tk_buf_free(&got[0]);
	tk_buf_free(&got[1]);
}
END_TEST

START_TEST(rejects)
{
	static const char *const bad[] = {
		"", " ", "[]", "\"text\"", "{", "{\"id\"}", "{\"id\":}",
		"{\"id\":1,}", "{,}", "{\"id\":1 \"text\":2}", "{\"id\":01}",
		"{\"id\":1.}", "{\"id\":.5}", "{\"id\":1e}", "{\"id\":-}",
		"{\"id\":tru}", "{\"id\":nul}", "{\"id\":\"a\tb\"}",
		"{\"id\":\"\\x\"}", "{\"id\":\"\\u12\"}", "{\"id\":\"\\u12g4\"}",
		"{\"id\":\"open}", "{\"id\":1}x", "{\"id\":1}{}", "{'id':1}",
		"{\"id\":[1,]}", "{\"id\":[1 2]}", "{\"id\":{\"a\"}}",
		"{\"id\":{\"a\":1,}}", "{\"id\":\"\\", "{id:1}",
	};
	struct tk_buf got[2] = { TK_BUF_INIT, TK_BUF_INIT };
	enum tk_json_kind found[2];
	for (size_t k = 0; k < TK_LEN(bad); k++)
		ck_assert_msg(parse(bad[k], got, found) == TK_EINVAL,
		              "accepted: %s", bad[k]);
	/* Nesting is bounded: 64 levels pass, 100 fail without recursion
	 * trouble. */
	struct tk_buf deep = TK_BUF_INIT;
	tk_buf_adds(&deep, "{\"id\":");
	for (int i = 0; i < 62; i++)
		tk_buf_addc(&deep, '[');
	for (int i = 0; i < 62; i++)
		tk_buf_addc(&deep, ']');
	tk_buf_addc(&deep, '}');
	ck_assert_int_eq(parse(tk_buf_cstr(&deep), got, found), TK_OK);
	tk_buf_clear(&deep);
	tk_buf_adds(&deep, "{\"id\":");
	for (int i = 0; i < 100000; i++)
		tk_buf_addc(&deep, '[');
	ck_assert_int_eq(parse(tk_buf_cstr(&deep), got, found), TK_EINVAL);
	size_t at = 0;
	ck_assert_int_eq(tk_json_fields("{\"id\":1,}", 9, names, 2, got, found,
	                                &at), TK_EINVAL);
	ck_assert_uint_eq(at, 8);
	tk_buf_free(&deep);
	tk_buf_free(&got[0]);
	tk_buf_free(&got[1]);
}
END_TEST

Suite *jsonfield_suite(void)
{
	Suite *s = suite_create("jsonfield");
	TCase *t = tcase_create("core");
	tcase_add_test(t, fields);
	tcase_add_test(t, escapes);
	tcase_add_test(t, rejects);
	suite_add_tcase(s, t);
	return s;
}
