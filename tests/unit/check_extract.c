/* check_extract.c - lib/text/htmlblocks (segmenter, implied end tags,
 * charset sniffing), lib/text/pagemeta (JSON-LD scan) and
 * lib/count/extract (article choice). */
#include "unit.h"
#include "count/extract.h"
#include "text/htmlblocks.h"
#include "text/sniff.h"
#include "text/pagemeta.h"

#include <string.h>

static struct tk_hblocks hb;

static void parse(const char *html)
{
	tk_hblocks_parse_html(&hb, html, strlen(html));
}

static void block_is(size_t i, const char *text, unsigned kind)
{
	ck_assert_uint_lt(i, hb.nblocks);
	const struct tk_hb_block *b = &hb.blocks[i];
	ck_assert_span_eq(hb.text.data + b->off, b->len, text);
	ck_assert_uint_eq(b->kind, kind);
}

START_TEST(implied_ends)
{
	tk_hblocks_init(&hb);
	parse("<p>one<p>two<div>three</div><ul><li>a<li>b</ul><h1>h<h2>i</h2>");
	ck_assert_uint_eq(hb.nblocks, 7);
	block_is(0, "one", TK_HB_PARA);
	block_is(1, "two", TK_HB_PARA);
	block_is(2, "three", TK_HB_TEXT);
	block_is(3, "a", TK_HB_ITEM);
	block_is(4, "b", TK_HB_ITEM);
	block_is(5, "h", TK_HB_HEADING);
	ck_assert_uint_eq(hb.blocks[6].level, 2);
	/* the li's element is a child of the ul, not of the first li */
	int32_t la = hb.blocks[3].node, lb = hb.blocks[4].node;
	ck_assert_int_eq(hb.nodes[la].parent, hb.nodes[lb].parent);
	tk_hblocks_free(&hb);
}
END_TEST

START_TEST(text_and_links)
{
	tk_hblocks_init(&hb);
	parse("<p>  a &amp;  <a href=x>link  text</a>&nbsp;b <!-- c --> "
	      "<script>d</script><button>e</button></p><pre>x\ny</pre>");
	ck_assert_uint_eq(hb.nblocks, 3);
	block_is(0, "a & link text b", TK_HB_PARA);
	ck_assert_uint_eq(hb.blocks[0].link_len, 9);
	block_is(1, "x", TK_HB_PRE);
	block_is(2, "y", TK_HB_PRE);
	parse("<table><tr><td>1<td>2<tr><td>3</table>");
	ck_assert_uint_eq(hb.nblocks, 3);
	ck_assert_int_eq(hb.blocks[0].row, hb.blocks[1].row);
	ck_assert_int_ne(hb.blocks[1].row, hb.blocks[2].row);
	tk_hblocks_free(&hb);
}
END_TEST

START_TEST(metadata)
{
	tk_hblocks_init(&hb);
	parse("<html lang=de><head><title>T &amp; U</title>"
	      "<meta property=og:title content='O'></head><body>x");
	size_t n;
	const char *v = tk_hblocks_meta(&hb, "title", &n);
	ck_assert_ptr_nonnull(v);
	ck_assert_span_eq(v, n, "T & U");
	v = tk_hblocks_meta(&hb, "og:title", &n);
	ck_assert_span_eq(v, n, "O");
	v = tk_hblocks_meta(&hb, "html:lang", &n);
	ck_assert_span_eq(v, n, "de");
	ck_assert_ptr_null(tk_hblocks_meta(&hb, "author", &n));
	tk_hblocks_free(&hb);

	struct tk_buf b = TK_BUF_INIT;
	const char *js = "{\"author\": [{\"@type\":\"Person\",\"name\":\"A \\\"B\\\"\"}],"
	                 "\"headline\":\"x\\u00e9\"}";
	ck_assert(tk_json_find_string(js, strlen(js), "author", &b));
	ck_assert_span_eq(b.data, b.len, "A \"B\"");
	tk_buf_clear(&b);
	ck_assert(tk_json_find_string(js, strlen(js), "headline", &b));
	ck_assert_span_eq(b.data, b.len, "x\xC3\xA9");
	ck_assert(!tk_json_find_string(js, strlen(js), "date", &b));
	tk_buf_free(&b);
}
END_TEST

START_TEST(sniff)
{
	char l[64];
	const char *a = "<html><meta charset=\"ISO-8859-1\">";
	ck_assert_uint_eq(tk_html_sniff_charset(a, strlen(a), l, sizeof l), 12);
	ck_assert_str_eq(l, "windows-1252");
	const char *b = "<!-- <meta charset=koi8-r> --><META HTTP-EQUIV=Content-Type "
	                "CONTENT=\"text/html; charset=Shift_JIS\">";
	ck_assert_uint_gt(tk_html_sniff_charset(b, strlen(b), l, sizeof l), 0);
	ck_assert_str_eq(l, "shift_jis");
	ck_assert_uint_eq(tk_html_sniff_charset("<p>x", 4, l, sizeof l), 0);
	ck_assert(tk_sniff_html("x <DIV>", 7));
	ck_assert(!tk_sniff_html("a < b and # heading", 19));
}
END_TEST

START_TEST(article_choice)
{
	struct tk_extractor *x = tk_extractor_new();
	struct tk_extract_opts o = { .format = TK_EXTRACT_TEXT };
	struct tk_buf out = TK_BUF_INIT;
	tk_hblocks_init(&hb);
	parse("<div class=menu><a href=/>Home</a><a href=/b>News</a></div>"
	      "<div class=story><p>The text of the story, with a comma, and "
	      "enough words to be scored.</p><p>More text of the story, "
	      "with a comma, and enough words.</p></div>"
	      "<div class=comments><p>A reader comment, with a comma, and "
	      "enough words to be scored.</p></div>");
	ck_assert_uint_eq(tk_extract(x, &hb, &o, &out), 2);
	ck_assert_span_eq(out.data, out.len,
	                  "The text of the story, with a comma, and enough "
	                  "words to be scored.\n\nMore text of the story, with "
	                  "a comma, and enough words.");
	tk_buf_free(&out);
	tk_hblocks_free(&hb);
	tk_extractor_free(x);
}
END_TEST

Suite *extract_suite(void)
{
	Suite *s = suite_create("extract");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, implied_ends);
	tcase_add_test(tc, text_and_links);
	tcase_add_test(tc, metadata);
	tcase_add_test(tc, sniff);
	tcase_add_test(tc, article_choice);
	suite_add_tcase(s, tc);
	return s;
}
