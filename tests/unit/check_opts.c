/* check_opts.c - lib/cli/opts: getopt's arguments and the --help lines
 * built from one option table, and the table's own checks. */
#include "unit.h"
#include "cli/cli.h"
#include "cli/tally.h"

#include <stdio.h>
#include <stdlib.h>

enum { OPT_LONGONLY = TK_OPT_TOOL, OPT_MAYBE };

static const struct tk_opt table[] = {
	TK_OPT_SECTION("Things:"),
	{ "form", 'f', required_argument, "FORM",
	  "a form\non two lines" },
	{ "quiet", 'q', no_argument, NULL, "say less" },
	{ "longonly", OPT_LONGONLY, no_argument, NULL, "no letter" },
	{ "maybe", OPT_MAYBE, optional_argument, "WHERE", "optional" },
	{ "a-very-long-option-name", 'L', no_argument, NULL, "two spaces" },
	TK_OPT_END
};

START_TEST(build_getopt_arguments)
{
	char *s;
	struct option *l;
	tk_opt_build(table, &s, &l);
	ck_assert_str_eq(s, "f:qL");
	ck_assert_str_eq(l[0].name, "form");
	ck_assert_int_eq(l[0].has_arg, required_argument);
	ck_assert_int_eq(l[0].val, 'f');
	ck_assert(l[0].flag == NULL);
	ck_assert_str_eq(l[2].name, "longonly");
	ck_assert_int_eq(l[2].val, OPT_LONGONLY);
	ck_assert_int_eq(l[3].has_arg, optional_argument);
	ck_assert(l[5].name == NULL && l[5].val == 0);
	free(s);
	free(l);
	/* An optional argument of a short letter takes two colons. */
	static const struct tk_opt opt[] = {
		{ "b", 'b', optional_argument, "M", "b" }, TK_OPT_END
	};
	tk_opt_build(opt, &s, &l);
	ck_assert_str_eq(s, "b::");
	free(s);
	free(l);
}
END_TEST

START_TEST(format_help_lines)
{
	struct tk_buf b = TK_BUF_INIT;
	tk_opt_format(table, &b);
	tk_buf_addc(&b, '\0');
	ck_assert_str_eq(b.data,
	        "Things:\n"
	        "  -f, --form=FORM        a form\n"
	        "                         on two lines\n"
	        "  -q, --quiet            say less\n"
	        "      --longonly         no letter\n"
	        "      --maybe[=WHERE]    optional\n"
	        "  -L, --a-very-long-option-name  two spaces\n");
	tk_buf_free(&b);
}
END_TEST

START_TEST(tables_checked)
{
	size_t row = 99;
	ck_assert_ptr_null(tk_opt_check(table, &row));
	static const struct tk_opt twice_name[] = {
		{ "x", 'x', no_argument, NULL, "x" },
		{ "x", 'y', no_argument, NULL, "y" }, TK_OPT_END
	};
	static const struct tk_opt twice_code[] = {
		{ "x", 'x', no_argument, NULL, "x" },
		{ "y", 'x', no_argument, NULL, "y" }, TK_OPT_END
	};
	static const struct tk_opt no_meta[] = {
		{ "x", 'x', required_argument, NULL, "x" }, TK_OPT_END
	};
	static const struct tk_opt stray_meta[] = {
		{ "x", 'x', no_argument, "N", "x" }, TK_OPT_END
	};
	static const struct tk_opt bad_code[] = {
		{ "x", 0x7f, no_argument, NULL, "x" }, TK_OPT_END
	};
	static const struct tk_opt no_help[] = {
		{ "x", 'x', no_argument, NULL, NULL }, TK_OPT_END
	};
	ck_assert_ptr_nonnull(tk_opt_check(twice_name, &row));
	ck_assert_uint_eq(row, 1);
	ck_assert_ptr_nonnull(tk_opt_check(twice_code, &row));
	ck_assert_uint_eq(row, 1);
	ck_assert_ptr_nonnull(tk_opt_check(no_meta, &row));
	ck_assert_ptr_nonnull(tk_opt_check(stray_meta, &row));
	ck_assert_ptr_nonnull(tk_opt_check(bad_code, &row));
	ck_assert_ptr_nonnull(tk_opt_check(no_help, &row));
}
END_TEST

/* The shared rows together: no name or code twice. */
START_TEST(shared_rows_fit_together)
{
	static const struct tk_opt all[] = {
		{ "top", TK_TALLY_OPT_TOP, required_argument, "N", "top" },
		{ "case-sensitive", TK_TALLY_OPT_CASE, no_argument, NULL, "c" },
		TK_TALLY_MERGE_OPTS("KEY"),
		TK_TALLY_PRINT_OPTS("KEY", "keys", "token"),
		TK_TALLY_RESOURCE_OPTS(""),
		TK_COMMON_OPTS,
		TK_OPT_END
	};
	size_t row;
	const char *bad = tk_opt_check(all, &row);
	ck_assert_msg(bad == NULL, "row %zu: %s", row, bad);
}
END_TEST

/* A code no one handles is a bug that stops the program (status 1). */
START_TEST(unhandled_code_dies)
{
	struct tk_common co = { 0 };
	ck_assert_ptr_nonnull(freopen("/dev/null", "w", stderr));
	tk_cli_common(TK_OPT_TOOL + 0x42, NULL, &co, NULL);
}
END_TEST

Suite *opts_suite(void)
{
	Suite *s = suite_create("opts");
	TCase *t = tcase_create("core");
	tcase_add_test(t, build_getopt_arguments);
	tcase_add_test(t, format_help_lines);
	tcase_add_test(t, tables_checked);
	tcase_add_test(t, shared_rows_fit_together);
	tcase_add_exit_test(t, unhandled_code_dies, 1);
	suite_add_tcase(s, t);
	return s;
}
