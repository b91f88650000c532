/* check_spill.c - lib/spill: many runs (compaction during counting and
 * at the end) report the same table as one in-memory count; lib/report
 * order helpers. */
#include "unit.h"
#include "cli/output.h"
#include "cli/spill.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* Run fn with standard output going to a temporary file; return what
 * it wrote (malloc'd, NUL-terminated). */
static char *capture(void (*fn)(void *), void *arg)
{
	char path[] = "/tmp/tk-unit-spill-XXXXXX";
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	unlink(path);
	fflush(stdout);
	int saved = dup(1);
	dup2(fd, 1);
	tk_out_init();
	fn(arg);
	tk_out_flushbuf();
	dup2(saved, 1);
	close(saved);
	off_t n = lseek(fd, 0, SEEK_END);
	char *s = malloc((size_t)n + 1);
	ck_assert(pread(fd, s, (size_t)n, 0) == n);
	s[n] = '\0';
	close(fd);
	return s;
}

struct job {
	bool spill;
	size_t limit;
};

/* 300 tables of 40 overlapping keys; one run each when spilling. */
static void count_and_report(void *arg)
{
	struct job *j = arg;
	struct tk_spill *s = j->spill ? tk_spill_new() : NULL;
	struct tk_counter *c = tk_counter_new(3);
	char k[16];
	for (int t = 0; t < 300; t++) {
		for (int i = 0; i < 40; i++) {
			int n = snprintf(k, sizeof k, "k%d", (t * 7 + i * 13) % 997);
			tk_counter_add(c, k, (size_t)n, (uint64_t)(1 + i % 3));
		}
		if (s)
			ck_assert_int_eq(tk_spill_counter(s, c), TK_OK);
	}
	if (s)
		ck_assert_uint_lt(tk_spill_runs(s), 200); /* compacted on the way */
	struct tk_report_opts o = { .key_name = "word", .total_line = true };
	uint64_t tokens, types;
	ck_assert_int_eq(tk_spill_report(s, c, &o, j->limit, NULL, NULL,
	                                 &tokens, &types), TK_OK);
	ck_assert_uint_eq(types, 997);
	tk_counter_free(c);
	tk_spill_free(s);
}

START_TEST(many_runs_same_table)
{
	struct job mem = { false, 0 }, sp = { true, 0 }, sp2 = { true, 4096 };
	char *a = capture(count_and_report, &mem);
	char *b = capture(count_and_report, &sp);
	char *c = capture(count_and_report, &sp2); /* stage 2 spills too */
	ck_assert_uint_gt(strlen(a), 997 * 4);
	ck_assert_str_eq(a, b);
	ck_assert_str_eq(a, c);
	free(a);
	free(b);
	free(c);
}
END_TEST

START_TEST(key_and_entry_order)
{
	ck_assert_int_lt(tk_key_cmp("a", 1, "b", 1), 0);
	ck_assert_int_lt(tk_key_cmp("a", 1, "ab", 2), 0);
	ck_assert_int_eq(tk_key_cmp("", 0, "", 0), 0);
	ck_assert_int_lt(tk_key_cmp("", 0, "a", 1), 0);
	ck_assert_int_gt(tk_key_cmp("\xC3\xA9", 2, "z", 1), 0); /* bytes, not locale */
	struct tk_entry x = { "b", 1, 5 }, y = { "a", 1, 2 }, z = { "a", 1, 5 };
	ck_assert_int_lt(tk_entry_cmp(&x, &y), 0); /* count descending */
	ck_assert_int_lt(tk_entry_cmp(&z, &x), 0); /* then key ascending */
}
END_TEST

Suite *spill_suite(void)
{
	Suite *s = suite_create("spill");
	TCase *t = tcase_create("core");
	tcase_set_timeout(t, 30);
	tcase_add_test(t, many_runs_same_table);
	tcase_add_test(t, key_and_entry_order);
	suite_add_tcase(s, t);
	return s;
}
