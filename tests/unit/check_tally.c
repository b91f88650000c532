/* check_tally.c - lib/tally: the shared table options and their checks. */
#include "unit.h"
#include "cli/tally.h"

#include <errno.h>

START_TEST(options_values)
{
	struct tk_tally_opts t = { 0 };
	ck_assert(tk_tally_option(TK_TALLY_OPT_TOP, "7", &t));
	ck_assert_uint_eq(t.rep.top, 7);
	ck_assert(tk_tally_option(TK_TALLY_OPT_MINCOUNT, "0", &t));
	ck_assert_uint_eq(t.rep.min_count, 0);
	ck_assert(tk_tally_option('j', "3", &t));
	ck_assert_int_eq(t.jobs, 3);
	ck_assert(tk_tally_option(TK_TALLY_OPT_MAXMEM, "2M", &t));
	ck_assert_uint_eq(t.max_memory, 2u << 20);
	ck_assert(tk_tally_option(TK_TALLY_OPT_CASE, NULL, &t));
	ck_assert(tk_tally_option(TK_TALLY_OPT_MERGE, NULL, &t));
	ck_assert(tk_tally_option(TK_TALLY_OPT_SORTED, NULL, &t));
	ck_assert(t.case_sensitive && t.merge && t.sorted);
	/* None of these is a format option. */
	ck_assert(!t.table);
	ck_assert(tk_tally_option(TK_TALLY_OPT_TOTAL, NULL, &t));
	ck_assert_int_eq(t.total, TK_TALLY_TOTAL_STDERR);
	ck_assert(t.table);
	ck_assert(tk_tally_option(TK_TALLY_OPT_TOTAL, "line", &t));
	ck_assert_int_eq(t.total, TK_TALLY_TOTAL_LINE);
	ck_assert(tk_tally_option(TK_TALLY_OPT_FORMAT, "json", &t));
	ck_assert_int_eq(t.rep.format, TK_REPORT_JSON);
}
END_TEST

START_TEST(options_columns)
{
	static const int codes[] = {
		TK_TALLY_OPT_KEYFIRST, TK_TALLY_OPT_FREQ, TK_TALLY_OPT_PERMIL,
		TK_TALLY_OPT_RANK, TK_TALLY_OPT_CUM, TK_TALLY_OPT_HEADER
	};
	for (size_t i = 0; i < TK_LEN(codes); i++) {
		struct tk_tally_opts t = { 0 };
		ck_assert(tk_tally_option(codes[i], NULL, &t));
		ck_assert(t.table);
	}
	struct tk_tally_opts t = { 0 };
	for (size_t i = 0; i < TK_LEN(codes); i++)
		tk_tally_option(codes[i], NULL, &t);
	ck_assert(t.rep.key_first && t.rep.freq && t.rep.per_million &&
	          t.rep.rank && t.rep.cumulative && t.rep.header);
}
END_TEST

START_TEST(options_others)
{
	struct tk_tally_opts t = { 0 }, zero = { 0 };
	ck_assert(!tk_tally_option('n', "3", &t));
	ck_assert(!tk_tally_option('z', NULL, &t));
	ck_assert(!tk_tally_option(TK_OPT_HELP, NULL, &t));
	ck_assert(!tk_tally_option(TK_TALLY_OPT_TOOL, "x", &t));
	ck_assert(memcmp(&t, &zero, sizeof t) == 0);
}
END_TEST

START_TEST(check_report_fills)
{
	struct tk_tally_opts t = { 0 };
	struct tk_common co = { 0 };
	co.nul = true;
	t.total = TK_TALLY_TOTAL_LINE;
	t.rep.rank = true;
	tk_tally_check_sorted(&t); /* no --sorted: nothing to refuse */
	tk_tally_check_report(&t, &co, "word");
	ck_assert(t.rep.total_line);
	ck_assert(t.rep.nul);
	ck_assert_str_eq(t.rep.key_name, "word");
}
END_TEST

START_TEST(jobs_and_spill)
{
	struct tk_tally_opts t = { 0 };
	size_t limit = 1;
	ck_assert_int_eq(tk_tally_jobs(&t, NULL, 0), 1); /* stdin */
	ck_assert(tk_tally_spill(&t, 1, &limit) == NULL);
	ck_assert_uint_eq(limit, 0);
	t.jobs = 3;
	t.max_memory = 6u << 20;
	ck_assert_int_eq(tk_tally_jobs(&t, NULL, 0), 3);
	struct tk_spill *s = tk_tally_spill(&t, 3, &limit);
	ck_assert(s != NULL);
	ck_assert_uint_eq(limit, 2u << 20);
	tk_spill_free(s);
}
END_TEST

START_TEST(first_error_kept)
{
	struct tk_tally_err e = { 0 };
	errno = ENOSPC;
	tk_tally_fail(&e, TK_EIO);
	errno = 0;
	tk_tally_fail(&e, TK_EOVERFLOW);
	ck_assert_int_eq(e.rc, TK_EIO);
	ck_assert_int_eq(e.err, ENOSPC);
	/* No spill: nothing to do, no error. */
	struct tk_tally_err ok = { 0 };
	struct tk_counter *c = tk_counter_new(1);
	tk_counter_add(c, "a", 1, 1);
	tk_tally_spill_if(NULL, c, 0, &ok);
	ck_assert_int_eq(ok.rc, TK_OK);
	ck_assert_uint_eq(tk_counter_size(c), 1);
	tk_counter_free(c);
}
END_TEST

START_TEST(seed_is_odd)
{
	ck_assert_uint_eq(tk_tally_seed() & 1, 1);
}
END_TEST

Suite *tally_suite(void)
{
	Suite *s = suite_create("tally");
	TCase *t = tcase_create("core");
	tcase_add_test(t, options_values);
	tcase_add_test(t, options_columns);
	tcase_add_test(t, options_others);
	tcase_add_test(t, check_report_fills);
	tcase_add_test(t, jobs_and_spill);
	tcase_add_test(t, first_error_kept);
	tcase_add_test(t, seed_is_odd);
	suite_add_tcase(s, t);
	return s;
}
