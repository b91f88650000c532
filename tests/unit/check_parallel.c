/* check_parallel.c - lib/parallel: the records of a block of lines. */
#include "unit.h"
#include "base/buf.h"
#include "cli/parallel.h"

/* Joins the records it gets as "[rec]", "[rec]$" when a blank line or
 * the end follows (para_end). */
static void collect(void *ctx, const char *p, size_t n, bool para_end)
{
	struct tk_buf *b = ctx;
	tk_buf_addc(b, '[');
	tk_buf_add(b, p, n);
	tk_buf_addc(b, ']');
	if (para_end)
		tk_buf_addc(b, '$');
}

static void check_lines(const char *in, size_t n, char term, bool end,
                        const char *want)
{
	struct tk_buf b = TK_BUF_INIT;
	tk_buf_reserve(&b, 1); /* b.data is never NULL, even for "" */
	tk_parallel_lines(in, n, term, end, collect, &b);
	ck_assert_span_eq(b.data, b.len, want);
	tk_buf_free(&b);
}

START_TEST(block_lines)
{
	check_lines("", 0, '\n', true, "");
	/* a line that ends with neither a period nor white space cannot
	 * need para_end (tk_token_may_be_lone): never set */
	check_lines("a\nbc\n", 5, '\n', true, "[a][bc]");
	check_lines("a.\nb.", 5, '\n', false, "[a.][b.]");
	check_lines("a.\nb.\n", 6, '\n', true, "[a.][b.]$");
	check_lines("\n\nx.\n", 5, '\n', true, "[][][x.]$");
	check_lines("a.\nb\0c.\0", 7, '\0', true, "[a.\nb][c.]$");
	/* white space only, a no-break space too, is blank; a cut-off
	 * character at the block's end counts as its end */
	check_lines("a.\n \t\r\nb.\n\xc2\xa0\nc.", 15, '\n', false,
	            "[a.]$[ \t\r][b.]$[\xc2\xa0][c.]");
	check_lines("a.\n\xc2", 4, '\n', false, "[a.][\xc2]");
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
