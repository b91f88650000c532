/* htmltags.c - the table of HTML elements (see htmltags.h). */
#include "htmltags.h"

#include <pthread.h>
#include <string.h>

#define TK_HTP_BC (TK_HTP_BLOCK | TK_HTP_CLOSEP)
/* Sorted by name for bsearch. */
static const struct tk_html_tag tags[] = {
	{ "a", 1, TK_TAG_A, 0 },
	{ "address", 7, TK_TAG_ADDRESS, TK_HTP_BC },
	{ "area", 4, TK_TAG_OTHER, TK_HTP_VOID },
	{ "article", 7, TK_TAG_ARTICLE, TK_HTP_BC },
	{ "aside", 5, TK_TAG_ASIDE, TK_HTP_BC },
	{ "base", 4, TK_TAG_OTHER, TK_HTP_VOID },
	{ "blockquote", 10, TK_TAG_BLOCKQUOTE, TK_HTP_BC },
	{ "body", 4, TK_TAG_BODY, TK_HTP_BLOCK },
	{ "br", 2, TK_TAG_BR, TK_HTP_VOID },
	{ "button", 6, TK_TAG_BUTTON, TK_HTP_SKIP },
	{ "canvas", 6, TK_TAG_CANVAS, TK_HTP_SKIP },
	{ "caption", 7, TK_TAG_CAPTION, TK_HTP_BLOCK },
	{ "center", 6, TK_TAG_CENTER, TK_HTP_BC },
	{ "col", 3, TK_TAG_OTHER, TK_HTP_VOID },
	{ "datalist", 8, TK_TAG_DATALIST, TK_HTP_SKIP },
	{ "dd", 2, TK_TAG_DD, TK_HTP_BC },
	{ "details", 7, TK_TAG_DETAILS, TK_HTP_BC },
	{ "dialog", 6, TK_TAG_DIALOG, TK_HTP_BC },
	{ "dir", 3, TK_TAG_DIR, TK_HTP_BC },
	{ "div", 3, TK_TAG_DIV, TK_HTP_BC },
	{ "dl", 2, TK_TAG_DL, TK_HTP_BC },
	{ "dt", 2, TK_TAG_DT, TK_HTP_BC },
	{ "embed", 5, TK_TAG_OTHER, TK_HTP_VOID },
	{ "fieldset", 8, TK_TAG_FIELDSET, TK_HTP_BC },
	{ "figcaption", 10, TK_TAG_FIGCAPTION, TK_HTP_BC },
	{ "figure", 6, TK_TAG_FIGURE, TK_HTP_BC },
	{ "footer", 6, TK_TAG_FOOTER, TK_HTP_BC },
	{ "form", 4, TK_TAG_FORM, TK_HTP_BC },
	{ "h1", 2, TK_TAG_H1, TK_HTP_BC },
	{ "h2", 2, TK_TAG_H2, TK_HTP_BC },
	{ "h3", 2, TK_TAG_H3, TK_HTP_BC },
	{ "h4", 2, TK_TAG_H4, TK_HTP_BC },
	{ "h5", 2, TK_TAG_H5, TK_HTP_BC },
	{ "h6", 2, TK_TAG_H6, TK_HTP_BC },
	{ "head", 4, TK_TAG_HEAD, TK_HTP_BLOCK | TK_HTP_SKIP },
	{ "header", 6, TK_TAG_HEADER, TK_HTP_BC },
	{ "hgroup", 6, TK_TAG_HGROUP, TK_HTP_BC },
	{ "hr", 2, TK_TAG_HR, TK_HTP_VOID | TK_HTP_BC },
	{ "html", 4, TK_TAG_HTML, TK_HTP_BLOCK },
	{ "iframe", 6, TK_TAG_IFRAME, TK_HTP_RAW | TK_HTP_SKIP },
	{ "img", 3, TK_TAG_IMG, TK_HTP_VOID },
	{ "input", 5, TK_TAG_INPUT, TK_HTP_VOID },
	{ "keygen", 6, TK_TAG_OTHER, TK_HTP_VOID },
	{ "label", 5, TK_TAG_LABEL, 0 },
	{ "li", 2, TK_TAG_LI, TK_HTP_BC },
	{ "link", 4, TK_TAG_LINK, TK_HTP_VOID },
	{ "main", 4, TK_TAG_MAIN, TK_HTP_BC },
	{ "math", 4, TK_TAG_MATH, TK_HTP_SKIP },
	{ "menu", 4, TK_TAG_MENU, TK_HTP_BC },
	{ "meta", 4, TK_TAG_META, TK_HTP_VOID },
	{ "nav", 3, TK_TAG_NAV, TK_HTP_BC },
	{ "noembed", 7, TK_TAG_NOEMBED, TK_HTP_RAW | TK_HTP_SKIP },
	{ "noframes", 8, TK_TAG_NOFRAMES, TK_HTP_RAW | TK_HTP_SKIP },
	{ "noscript", 8, TK_TAG_NOSCRIPT, TK_HTP_RAW | TK_HTP_SKIP },
	{ "object", 6, TK_TAG_OBJECT, TK_HTP_SKIP },
	{ "ol", 2, TK_TAG_OL, TK_HTP_BC },
	{ "option", 6, TK_TAG_OPTION, TK_HTP_BLOCK | TK_HTP_SKIP },
	{ "p", 1, TK_TAG_P, TK_HTP_BC },
	{ "param", 5, TK_TAG_OTHER, TK_HTP_VOID },
	{ "plaintext", 9, TK_TAG_PLAINTEXT, TK_HTP_RAW | TK_HTP_SKIP },
	{ "pre", 3, TK_TAG_PRE, TK_HTP_BC },
	{ "script", 6, TK_TAG_SCRIPT, TK_HTP_RAW | TK_HTP_SKIP },
	{ "section", 7, TK_TAG_SECTION, TK_HTP_BC },
	{ "select", 6, TK_TAG_SELECT, TK_HTP_BLOCK | TK_HTP_SKIP },
	{ "source", 6, TK_TAG_OTHER, TK_HTP_VOID },
	{ "style", 5, TK_TAG_STYLE, TK_HTP_RAW | TK_HTP_SKIP },
	{ "summary", 7, TK_TAG_SUMMARY, TK_HTP_BC },
	{ "svg", 3, TK_TAG_SVG, TK_HTP_SKIP },
	{ "table", 5, TK_TAG_TABLE, TK_HTP_BC },
	{ "tbody", 5, TK_TAG_TBODY, TK_HTP_BLOCK },
	{ "td", 2, TK_TAG_TD, TK_HTP_BLOCK },
	{ "template", 8, TK_TAG_TEMPLATE, TK_HTP_SKIP },
	{ "textarea", 8, TK_TAG_TEXTAREA, TK_HTP_RAW | TK_HTP_SKIP },
	{ "tfoot", 5, TK_TAG_TFOOT, TK_HTP_BLOCK },
	{ "th", 2, TK_TAG_TH, TK_HTP_BLOCK },
	{ "thead", 5, TK_TAG_THEAD, TK_HTP_BLOCK },
	{ "time", 4, TK_TAG_TIME, 0 },
	{ "title", 5, TK_TAG_TITLE, TK_HTP_RAW | TK_HTP_SKIP },
	{ "tr", 2, TK_TAG_TR, TK_HTP_BLOCK },
	{ "track", 5, TK_TAG_OTHER, TK_HTP_VOID },
	{ "ul", 2, TK_TAG_UL, TK_HTP_BC },
	{ "wbr", 3, TK_TAG_OTHER, TK_HTP_VOID },
	{ "xmp", 3, TK_TAG_XMP, TK_HTP_RAW | TK_HTP_SKIP | TK_HTP_BC },
};

static uint8_t props_by_id[TK_TAG_COUNT];
static pthread_once_t props_once = PTHREAD_ONCE_INIT;

static void init_props(void)
{
	for (size_t i = 0; i < TK_LEN(tags); i++)
		if (tags[i].id != TK_TAG_OTHER)
			props_by_id[tags[i].id] = tags[i].props;
}

unsigned tk_html_tag_props(unsigned id)
{
	pthread_once(&props_once, init_props);
	return id < TK_TAG_COUNT ? props_by_id[id] : 0;
}

const struct tk_html_tag *tk_html_find_tag(const char *name, size_t n)
{
	size_t lo = 0, hi = TK_LEN(tags);
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const char *t = tags[mid].name;
		size_t tl = tags[mid].len;
		int c = memcmp(name, t, n < tl ? n : tl);
		if (c == 0)
			c = n < tl ? -1 : n > tl;
		if (c == 0)
			return &tags[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

uint32_t tk_html_name_hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}
