/* check_markup.c - lib/markup: character references, HTML tags across
 * calls, script/style/comments, Markdown residue. */
#include "unit.h"
#include "text/markup.h"

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
	tk_html_free(&h);
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
			tk_html_free(&h);
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

/* A line cut into two pieces before any blank gives what the whole line
 * gives; a tag without attribute longer than TK_HTML_TAG_MAX is text. */
static void html_cuts(const char *s, size_t n)
{
	struct tk_buf whole = TK_BUF_INIT, parts = TK_BUF_INIT;
	struct tk_html h;
	tk_html_init(&h);
	tk_buf_reserve(&whole, 1);
	tk_buf_reserve(&parts, 1);
	tk_html(&h, s, n, true, true, &whole);
	tk_html(&h, "x", 1, true, true, &whole); /* the next line */
	for (size_t k = 1; k < n; k++) {
		if (s[k] != ' ' && s[k] != '\t')
			continue;
		tk_buf_clear(&parts);
		tk_html_free(&h);
		tk_html_init(&h);
		tk_html(&h, s, k, true, false, &parts);
		tk_html(&h, s + k, n - k, false, true, &parts);
		tk_html(&h, "x", 1, true, true, &parts);
		ck_assert_msg(parts.len == whole.len &&
		              memcmp(parts.data, whole.data, whole.len) == 0,
		              "cut at %zu of \"%.*s\"", k, (int)n, s);
	}
	tk_html_free(&h);
	tk_buf_free(&whole);
	tk_buf_free(&parts);
}

START_TEST(html_pieces)
{
	static const char *const lines[] = {
		"<b ", "j<b x", "a <br >b", "a <b c d", "x </i y",
		"<p class=x y>z", "a<b then c &amp; d", "<b\tq>w e",
		"<script>x </script y", "t <!-- c --> u",
	};
	for (size_t i = 0; i < TK_LEN(lines); i++)
		html_cuts(lines[i], strlen(lines[i]));

	/* Long attribute-less tags, cut everywhere and at the bound. */
	struct tk_buf s = TK_BUF_INIT, out = TK_BUF_INIT;
	for (size_t len = TK_HTML_TAG_MAX - 3; len <= TK_HTML_TAG_MAX + 2; len++) {
		tk_buf_clear(&s);
		tk_buf_adds(&s, "a <b");
		while (s.len < 2 + len)
			tk_buf_adds(&s, " q");
		s.len = 2 + len;
		tk_buf_adds(&s, " > &amp; c");
		html_cuts(s.data, s.len);
		struct tk_html h;
		tk_html_init(&h);
		tk_buf_clear(&out);
		tk_html(&h, s.data, s.len, true, true, &out);
		tk_html_free(&h);
		/* "<b q q ... >" (len + 2 bytes) is a tag within the bound,
		 * text beyond it (the entity after the bound decoded) */
		if (len + 2 <= TK_HTML_TAG_MAX) {
			ck_assert_span_eq(out.data, out.len, "a  & c");
		} else {
			ck_assert_uint_eq(out.len, 2 + len + 6);
			ck_assert(memcmp(out.data, s.data, 2 + len) == 0);
			ck_assert(memcmp(out.data + 2 + len, " > & c", 6) == 0);
		}
	}
	tk_buf_free(&s);
	tk_buf_free(&out);
}
END_TEST

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
	tcase_add_test(tc, html_pieces);
	tcase_add_test(tc, markdown);
	suite_add_tcase(s, tc);
	return s;
}
