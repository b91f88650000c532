/* check_input.c - lib/input: operands as one stream, records, cuts of
 * long lines at character boundaries, block mode, NUL records, offsets. */
#include "unit.h"
#include "cli/input.h"
#include "base/xalloc.h"
#include "text/token.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static char *tmpfile_with(const char *data, size_t n)
{
	char *path = strdup("/tmp/tk-unit-XXXXXX");
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, data, n), (ssize_t)n);
	close(fd);
	return path;
}

/* Read all records of the files; return them joined as "rec|rec|..."
 * with '+' after a record whose line continues. */
static char *records(char **files, int n, struct tk_common *co, size_t max,
                     bool block)
{
	static char out[4096];
	size_t o = 0;
	struct tk_input *in = tk_input_open(files, n, co);
	struct tk_tokenizer *t = tk_tokenizer_new(&(struct tk_tokenizer_opts){ 0 });
	tk_input_lookahead(in, t);
	if (max)
		tk_input_set_max_record(in, max);
	struct tk_record r;
	while (block ? tk_input_next_block(in, &r) : tk_input_next(in, &r)) {
		ck_assert_uint_lt(o + r.len + 2, sizeof out);
		memcpy(out + o, r.p, r.len);
		o += r.len;
		if (r.more)
			out[o++] = '+';
		if (r.para_end)
			out[o++] = '$';
		out[o++] = '|';
	}
	tk_input_close(in);
	tk_tokenizer_free(t);
	out[o] = '\0';
	return out;
}

START_TEST(files_in_order)
{
	char *a = tmpfile_with("one\ntwo", 7);     /* no final newline */
	char *b = tmpfile_with("three\n\nfour\n", 12);
	char *files[] = { a, b };
	struct tk_common co = { 0 };
	ck_assert_str_eq(records(files, 2, &co, 0, false), "one|two|three||four|");
	unlink(a);
	unlink(b);
	free(a);
	free(b);
}
END_TEST

START_TEST(long_line_is_cut_at_char_boundaries)
{
	/* 'é' is 2 bytes: a 16-byte limit must never split one. */
	char *a = tmpfile_with("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9x\nok\n", 23);
	char *files[] = { a };
	struct tk_common co = { 0 };
	const char *got = records(files, 1, &co, 17, false);
	ck_assert_str_eq(got, "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9+|\xC3\xA9x|ok|");
	unlink(a);
	free(a);
}
END_TEST

START_TEST(null_records_and_crlf)
{
	char *a = tmpfile_with("a b\r\nc\0d\0", 9);
	char *files[] = { a };
	struct tk_common co = { .nul = true };
	const char *got = records(files, 1, &co, 0, false);
	ck_assert_str_eq(got, "a b\nc|d|");
	unlink(a);
	free(a);
}
END_TEST

START_TEST(block_mode_keeps_terminators)
{
	char *a = tmpfile_with("x\ny\nz", 5);
	char *files[] = { a };
	struct tk_common co = { 0 };
	ck_assert_str_eq(records(files, 1, &co, 0, true), "x\ny\n|z|");
	unlink(a);
	free(a);
}
END_TEST

START_TEST(offsets_and_missing_file)
{
	char *a = tmpfile_with("ab\ncd\n", 6);
	char *files[] = { "/nonexistent/tk", a };
	struct tk_common co = { 0 };
	struct tk_input *in = tk_input_open(files, 2, &co);
	struct tk_record r;
	ck_assert_int_eq(tk_input_next(in, &r), 1);
	ck_assert_uint_eq(r.offset, 0);
	ck_assert(r.file_start);
	ck_assert_int_eq(tk_input_next(in, &r), 1);
	ck_assert_uint_eq(r.offset, 3);
	ck_assert(!r.file_start);
	ck_assert_int_eq(tk_input_next(in, &r), 0);
	ck_assert_int_eq(tk_input_close(in), 1); /* the missing file */
	unlink(a);
	free(a);
}
END_TEST

START_TEST(invalid_fail_aborts_before_the_line)
{
	char *a = tmpfile_with("good\nba\xFF" "d\nlater\n", 16);
	char *files[] = { a };
	struct tk_common co = { .invalid = TK_INVALID_FAIL };
	struct tk_input *in = tk_input_open(files, 1, &co);
	struct tk_record r;
	ck_assert_int_eq(tk_input_next(in, &r), 1);
	ck_assert_span_eq(r.p, r.len, "good");
	ck_assert_int_eq(tk_input_next(in, &r), 0);
	ck_assert(tk_input_aborted(in));
	ck_assert_int_eq(tk_input_close(in), 1);
	unlink(a);
	free(a);
}
END_TEST

/* A lone "no." learns whether a blank line or the end follows: '$'
 * (a lone "c." or "U.S." too, as the next line is read already). */
START_TEST(para_end_of_lone_period_lines)
{
	const char *t = "or\nno.\n\nno.\nx\nno.  \n \nno.\n\xe3\x80\x80\nno.\n"
	                "c.\n\nU.S.\n\nno.";
	char *a = tmpfile_with(t, strlen(t));
	char *b = tmpfile_with("no.\n", 4);
	char *files[] = { a, b };
	struct tk_common co = { 0 };
	ck_assert_str_eq(records(files, 2, &co, 0, false),
	                 "or|no.$||no.|x|no.  $| |no.$|\xe3\x80\x80|no.|c.$||U.S.$||"
	                 "no.$|no.$|");
	unlink(a);
	unlink(b);
	free(a);
	free(b);
}
END_TEST

/* ... also when the line after it is not read yet: the lone line ends
 * exactly where a read ends (reads are 256 KiB), before a blank line,
 * a word, the end. */
START_TEST(para_end_across_reads)
{
	size_t big = (256u << 10) - 5;
	const char *tail[] = { "\n\nx\n", "x\n", "" };
	for (int k = 0; k < 3; k++) {
		size_t n = big + 1 + 4 + strlen(tail[k]);
		char *d = xmalloc(n);
		memset(d, 'a', big);
		d[big] = '\n';
		memcpy(d + big + 1, "no.\n", 4);
		memcpy(d + big + 5, tail[k], strlen(tail[k]));
		char *path = tmpfile_with(d, n);
		char *files[] = { path };
		struct tk_common co = { 0 };
		struct tk_input *in = tk_input_open(files, 1, &co);
		struct tk_tokenizer *t = tk_tokenizer_new(
		        &(struct tk_tokenizer_opts){ 0 });
		tk_input_lookahead(in, t);
		struct tk_record r;
		int lone = 0;
		bool para = false;
		while (tk_input_next(in, &r))
			if (r.len == 3 && memcmp(r.p, "no.", 3) == 0) {
				lone++;
				para = r.para_end;
			}
		tk_input_close(in);
		tk_tokenizer_free(t);
		ck_assert_int_eq(lone, 1);
		ck_assert_msg(para == (k != 1), "case %d", k);
		unlink(path);
		free(path);
		free(d);
	}
}
END_TEST

Suite *input_suite(void)
{
	Suite *s = suite_create("input");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, files_in_order);
	tcase_add_test(tc, long_line_is_cut_at_char_boundaries);
	tcase_add_test(tc, null_records_and_crlf);
	tcase_add_test(tc, block_mode_keeps_terminators);
	tcase_add_test(tc, offsets_and_missing_file);
	tcase_add_test(tc, invalid_fail_aborts_before_the_line);
	tcase_add_test(tc, para_end_of_lone_period_lines);
	tcase_add_test(tc, para_end_across_reads);
	suite_add_tcase(s, tc);
	return s;
}
