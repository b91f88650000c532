/* check_parallel.c - lib/parallel: the records of a block of lines. */
#include "unit.h"
#include "base/buf.h"
#include "cli/parallel.h"

/* Joins the records it gets as "[rec]". */
static void collect(void *ctx, const char *p, size_t n)
{
	struct tk_buf *b = ctx;
	tk_buf_addc(b, '[');
	tk_buf_add(b, p, n);
	tk_buf_addc(b, ']');
}

static void check_lines(const char *in, size_t n, char term, const char *want)
{
	struct tk_buf b = TK_BUF_INIT;
	tk_buf_reserve(&b, 1); /* b.data is never NULL, even for "" */
	tk_parallel_lines(in, n, term, collect, &b);
	ck_assert_span_eq(b.data, b.len, want);
	tk_buf_free(&b);
}

START_TEST(block_lines)
{
	check_lines("", 0, '\n', "");
	check_lines("a\nbc\n", 5, '\n', "[a][bc]");
	check_lines("a\nbc", 4, '\n', "[a][bc]");
	check_lines("\n\nx\n", 4, '\n', "[][][x]");
	check_lines("a\nb\0c\0", 6, '\0', "[a\nb][c]");
}
END_TEST

Suite *parallel_suite(void)
{
	Suite *s = suite_create("parallel");
	TCase *t = tcase_create("core");
	tcase_add_test(t, block_lines);
	suite_add_tcase(s, t);
	return s;
}
