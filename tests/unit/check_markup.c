/* check_markup.c - lib/text/markup.h: character references, HTML tags
 * across calls, script/style/comments, Markdown residue, block marks,
 * footnote references. */
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
	struct tk_md m = { .flags = TK_MD_TAGS };
	tk_markdown(&m, s, strlen(s), true, true, &b);
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
	/* thematic breaks, also escaped; definitions; tables */
	md("\\*\\*\\*", "");
	md(" - - -", "");
	md("[^1]: The note.", "");
	md("[id]: http://x.org/a \"Title\"", "");
	md("[id]: two words here", "[id]: two words here");
	md("|---|:--:|", "");
	md("| a *b* | c \\| d |  |", "a b | c | d");
	md("The millennium.[1][2] Next", "The millennium.[1][2] Next");
	md("x [^1][^2] y", "x [^1][^2] y");
}
END_TEST

/* Lines through tk_markdown with TK_MD_BLOCKS (or tk_html with blocks),
 * marks shown as "/" (block) and "~" (line), line ends as "\n". */
static void shown(struct tk_buf *b, struct tk_buf *out)
{
	for (size_t i = 0; i < b->len; i++)
		tk_buf_addc(out, b->data[i] == TK_MARK_BLOCK ? '/' :
		                 b->data[i] == TK_MARK_LINE ? '~' : b->data[i]);
	tk_buf_addc(out, '\n');
}

static void md_blocks(const char *const *lines, const char *want)
{
	struct tk_md m = { .flags = TK_MD_TAGS | TK_MD_BLOCKS };
	struct tk_buf b = TK_BUF_INIT, out = TK_BUF_INIT;
	for (size_t i = 0; lines[i]; i++) {
		tk_buf_clear(&b);
		tk_markdown(&m, lines[i], strlen(lines[i]), true, true, &b);
		shown(&b, &out);
	}
	ck_assert_span_eq(out.data, out.len, want);
	tk_buf_free(&b);
	tk_buf_free(&out);
}

static void html_blocks(const char *s, const char *want)
{
	struct tk_html h;
	tk_html_init(&h);
	h.blocks = true;
	struct tk_buf b = TK_BUF_INIT, out = TK_BUF_INIT;
	tk_html(&h, s, strlen(s), true, true, &b);
	shown(&b, &out);
	ck_assert_span_eq(out.data, out.len, want);
	tk_html_free(&h);
	tk_buf_free(&b);
	tk_buf_free(&out);
}

START_TEST(blocks)
{
	md_blocks((const char *const[]){ "# Head", "wrapped prose", "goes on",
	                                 NULL },
	          "/Head/\nwrapped prose\ngoes on\n");
	md_blocks((const char *const[]){ "- one", "- two", "  more", "after",
	                                 "1. first", "2) second", NULL },
	          "/one\n/two\nmore\nafter\n/1. first\n/2) second\n");
	md_blocks((const char *const[]){ "Name | Age", "---|---", "Bob | 3",
	                                 "| x |", "text", NULL },
	          "/Name/Age\n/\n/Bob/3\n/x\n/text\n");
	md_blocks((const char *const[]){ "para", "> quoted", "> more", "out",
	                                 "***", "[^1]: note", "", "x", NULL },
	          "para\n/quoted\nmore\n/out\n/\n/\n\nx\n");
	md_blocks((const char *const[]){ "Home | News | Sport", NULL },
	          "/Home/News/Sport\n");
	html_blocks("<h1>T</h1><p>a<br>b</p><ul><li>x<li>y</ul>",
	            "/T//a~b///x/y/\n");
	html_blocks("<tr><td>a b</td><td>c</td></tr>", "//a b//c//\n");
	html_blocks("millennium<ref>See</ref> x<b>y</b>", "millennium See xy\n");
}
END_TEST

static void fn(const char *s, const char *want)
{
	struct tk_footnotes f = { 0 };
	struct tk_buf b = TK_BUF_INIT;
	tk_buf_reserve(&b, 1);
	tk_footnotes(&f, s, strlen(s), true, &b);
	ck_assert_span_eq(b.data, b.len, want);
	tk_buf_free(&b);
}

START_TEST(footnotes)
{
	fn("The millennium.[1][2] Next", "The millennium. Next");
	fn("cities[5][6] and", "cities and");
	fn("a.[4] Next", "a. Next");
	fn("x[citation needed]. y[edit] z[note 3] w[a]", "x. y z w");
	fn("word[1]next", "word next");
	fn("added. [1] The; If? [7] [8] [9]", "added.  The; If?   ");
	fn("x.[1] [2]\t[3] y [4]", "x. \t y [4]");
	fn("institution fran\xC3\xA7" "aise [5]. Car [2], lst + [5], see [3] and  [4].",
	   "institution fran\xC3\xA7" "aise. Car, lst + [5], see [3] and  [4].");
	fn("revues\xC2\xA0[2]. Car", "revues. Car");
	fn("x[^note] and y[^1].", "x and y.");
	fn("[1] Smith, J. and see [3] or [sic]", "[1] Smith, J. and see [3] or [sic]");
	fn("placards with \"[citation needed]\" and \xE2\x80\x9C[edit]\xE2\x80\x9D",
	   "placards with \"[citation needed]\" and \xE2\x80\x9C[edit]\xE2\x80\x9D");
	fn("he said \"yes.\"[1] Then", "he said \"yes.\" Then");
	fn("a[Capital] b[x y z w v] f(x)[i]", "a[Capital] b[x y z w v] f(x)");
	fn("\xFF[1] y", "\xFF[1] y");
	ck_assert_uint_eq(tk_footnote_label("[12]x", 5), 4);
	ck_assert_uint_eq(tk_footnote_label("[12345]", 7), 0);
	ck_assert_uint_eq(tk_footnote_label("[^a]", 4), 4);
	ck_assert_uint_eq(tk_footnote_label("[]", 2), 0);
	ck_assert_uint_eq(tk_footnote_label("[Text]", 6), 0);
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
	tcase_add_test(tc, blocks);
	tcase_add_test(tc, footnotes);
	suite_add_tcase(s, tc);
	return s;
}
