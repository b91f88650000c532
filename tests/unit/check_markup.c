/* check_markup.c - lib/markup: character references, HTML tags across
 * calls, script/style/comments, Markdown residue. */
#include "unit.h"
#include "markup.h"

static void ent(const char *s, const char *want, size_t consumed)
{
	struct tk_buf b = TK_BUF_INIT;
	tk_buf_reserve(&b, 1); /* data never NULL for memcmp */
	size_t k = tk_entity_decode(s, strlen(s), &b);
	ck_assert_msg(k == consumed, "%s: consumed %zu, want %zu", s, k, consumed);
	ck_assert_span_eq(b.data, b.len, want);
	tk_buf_free(&b);
}

START_TEST(references)
{
	ent("&amp;", "&", 5);
	ent("&amp", "&", 4);
	ent("&nbsp;x", "\xC2\xA0", 6);
	ent("&#8212;", "\xE2\x80\x94", 7);
	ent("&#x1F600;", "\xF0\x9F\x98\x80", 9);
	ent("&#X41", "A", 5);
	ent("&#150;", "\xE2\x80\x93", 6);  /* windows-1252 remap */
	ent("&#0;", "\xEF\xBF\xBD", 4);
	ent("&#xD800;", "\xEF\xBF\xBD", 8);
	ent("&#99999999999;", "\xEF\xBF\xBD", 14);
	ent("&#1;", "", 4);                /* dropped, as Python does */
	ent("&#10;", " ", 5);              /* a line break becomes a space */
	ent("&NewLine;", " ", 9);
	ent("&notit;", "\xC2\xAC", 4);     /* longest legacy prefix */
	ent("&eacute;", "\xC3\xA9", 8);
	ent("&NotNestedGreaterGreater;", "\xE2\xAA\xA2\xCC\xB8", 25);
	ent("&bogus;", "", 0);
	ent("& x", "", 0);
	ent("&#;", "", 0);
	ent("&#x;", "", 0);
	ck_assert_uint_eq(tk_entities_count, 2231);
	for (size_t i = 1; i < tk_entities_count; i++)
		ck_assert(strcmp(tk_entities[i - 1].name, tk_entities[i].name) < 0);
}
END_TEST

static void html_lines(const char *const *lines, const char *const *want)
{
	struct tk_html h;
	tk_html_init(&h);
	struct tk_buf b = TK_BUF_INIT;
	tk_buf_reserve(&b, 1); /* data never NULL for memcmp */
	for (size_t i = 0; lines[i]; i++) {
		tk_buf_clear(&b);
		tk_html(&h, lines[i], strlen(lines[i]), true, true, &b);
		ck_assert_span_eq(b.data, b.len, want[i]);
	}
	tk_buf_free(&b);
}

START_TEST(html)
{
	static const char *const l1[] = {
		"<p>Hello <b>world</b> &amp; co.</p><p>Next</p>",
		"a < b and c>d <!-- hidden --> e",
		"x<br/>y<span\tclass=\"a>b\">z</span>",
		NULL };
	static const char *const w1[] = {
		"Hello world & co. Next",
		"a < b and c>d  e",
		"x yz",
		NULL };
	html_lines(l1, w1);
	static const char *const l2[] = {
		"before <a href=\"x\"",
		"   title=\"t\">link</a> after",
		"<script type=\"text/javascript\">",
		"var a = '<p>' + 1;",
		"</SCRIPT>kept<style>p{}</style> <!-- a",
		"comment -->end",
		NULL };
	static const char *const w2[] = {
		"before ",
		"link after",
		"",
		"",
		"kept ",
		"end",
		NULL };
	html_lines(l2, w2);
}
END_TEST

START_TEST(html_word_path)
{
	/* '<' (as a tag and as text) and '&' at every position of a line:
	 * the 8-bytes-at-a-time text scan finds each. */
	struct tk_buf b = TK_BUF_INIT;
	for (size_t pos = 0; pos < 24; pos++)
		for (int k = 0; k < 3; k++) {
			static const char *const ins[] = { "<b>", "&lt;", "< " };
			static const char *const outs[] = { "", "<", "< " };
			char s[64], want[64];
			memset(s, 'y', 24);
			memcpy(s + pos, ins[k], strlen(ins[k]));
			memset(s + pos + strlen(ins[k]), 'y', 24 - pos);
			size_t n = 24 + strlen(ins[k]);
			memset(want, 'y', pos);
			strcpy(want + pos, outs[k]);
			memset(want + pos + strlen(outs[k]), 'y', 24 - pos);
			want[24 + strlen(outs[k])] = '\0';
			struct tk_html h;
			tk_html_init(&h);
			tk_buf_clear(&b);
			tk_html(&h, s, n, true, true, &b);
			ck_assert_span_eq(b.data, b.len, want);
		}
	tk_buf_free(&b);
}
END_TEST

static void md(const char *s, const char *want)
{
	struct tk_buf b = TK_BUF_INIT;
	tk_buf_reserve(&b, 1); /* data never NULL for memcmp */
	tk_markdown(s, strlen(s), true, true, true, &b);
	ck_assert_span_eq(b.data, b.len, want);
	tk_buf_free(&b);
}

START_TEST(markdown)
{
	md("# Title #", "Title");
	md("### Title with # inside", "Title with # inside");
	md("#hashtag", "#hashtag");
	md("- item", "item");
	md("* item **bold**", "item bold");
	md("  + item", "  item");
	md("> quoted > text", "quoted > text");
	md("A [link](http://x.org/a_(b)) and ![alt *x*](i.png \"t\").", "A link and alt x.");
	md("ref [text][1] and [just brackets]", "ref text and [just brackets]");
	md("*em* __strong__ ***both*** ~~gone~~", "em strong both gone");
	md("snake_case_name and 2*3*4 and a * b", "snake_case_name and 2*3*4 and a * b");
	md("unpaired *star and _under", "unpaired *star and _under");
	md("`code *x*` and ``a`b``", "code *x* and a`b");
	md("\\*not em\\* \\$5 \\\\", "*not em* $5 \\");
	md("x<sup>2</sup> <br/> <https://a.org/x> <me@x.org>", "x2  https://a.org/x me@x.org");
	md("---", "");
	md("***", "");
	md("```python", "");
	md("1. first", "1. first");
	md("", "");
}
END_TEST

Suite *markup_suite(void)
{
	Suite *s = suite_create("markup");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, references);
	tcase_add_test(tc, html);
	tcase_add_test(tc, html_word_path);
	tcase_add_test(tc, markdown);
	suite_add_tcase(s, tc);
	return s;
}
