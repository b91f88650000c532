/* htmltags.h - the HTML elements textkit knows by name, with what the
 * HTML spec says of each where it matters for text: block-level (a block
 * boundary; its start tag closes an open <p>), void (no content, no end
 * tag), raw text (content ends only at its own end tag), and elements
 * whose text a reader never sees.  Also the ASCII helpers of the spec's
 * tokenizer: ASCII case and "ASCII whitespace" (space, TAB, LF, CR, FF).
 * Pure functions; the table is built once, thread-safely. */
#ifndef TK_HTMLTAGS_H
#define TK_HTMLTAGS_H

#include "base/common.h"

/* Tag ids: every tag the segmenter or a scorer treats specially; all
 * others are TK_TAG_OTHER (inline, transparent). */
enum tk_tag {
	TK_TAG_OTHER, TK_TAG_ROOT,
	TK_TAG_A, TK_TAG_ADDRESS, TK_TAG_ARTICLE, TK_TAG_ASIDE,
	TK_TAG_BLOCKQUOTE, TK_TAG_BODY, TK_TAG_BR, TK_TAG_BUTTON,
	TK_TAG_CAPTION, TK_TAG_CENTER, TK_TAG_DD, TK_TAG_DETAILS,
	TK_TAG_DIALOG, TK_TAG_DIR, TK_TAG_DIV, TK_TAG_DL, TK_TAG_DT,
	TK_TAG_FIELDSET, TK_TAG_FIGCAPTION, TK_TAG_FIGURE, TK_TAG_FOOTER,
	TK_TAG_FORM, TK_TAG_H1, TK_TAG_H2, TK_TAG_H3, TK_TAG_H4, TK_TAG_H5,
	TK_TAG_H6, TK_TAG_HEAD, TK_TAG_HEADER, TK_TAG_HGROUP, TK_TAG_HR,
	TK_TAG_HTML, TK_TAG_IFRAME, TK_TAG_IMG, TK_TAG_INPUT, TK_TAG_LABEL,
	TK_TAG_LI, TK_TAG_LINK, TK_TAG_MAIN, TK_TAG_MATH, TK_TAG_MENU,
	TK_TAG_META, TK_TAG_NAV, TK_TAG_NOSCRIPT, TK_TAG_OL, TK_TAG_OPTION,
	TK_TAG_P, TK_TAG_PRE, TK_TAG_SCRIPT, TK_TAG_SECTION, TK_TAG_SELECT,
	TK_TAG_STYLE, TK_TAG_SUMMARY, TK_TAG_SVG, TK_TAG_TABLE, TK_TAG_TBODY,
	TK_TAG_TD, TK_TAG_TEMPLATE, TK_TAG_TEXTAREA, TK_TAG_TFOOT,
	TK_TAG_TH, TK_TAG_THEAD, TK_TAG_TIME, TK_TAG_TITLE, TK_TAG_TR,
	TK_TAG_UL, TK_TAG_XMP, TK_TAG_NOEMBED, TK_TAG_NOFRAMES,
	TK_TAG_PLAINTEXT, TK_TAG_OBJECT, TK_TAG_CANVAS, TK_TAG_DATALIST,
	TK_TAG_COUNT
};

/* What a tag is (tk_html_tag.props). */
enum {
	TK_HTP_BLOCK = 1,   /* a block boundary; blocks belong to it */
	TK_HTP_CLOSEP = 2,  /* its start tag closes an open <p> */
	TK_HTP_VOID = 4,    /* no content, no end tag */
	TK_HTP_RAW = 8,     /* raw text: content ends at its own end tag */
	TK_HTP_SKIP = 16,   /* its text is dropped */
};

struct tk_html_tag {
	const char *name;
	uint8_t len;
	uint8_t id;     /* enum tk_tag */
	uint8_t props;  /* TK_HTP_* */
};

/* The tag named name[0..n) (lower case), or NULL for a name not known. */
const struct tk_html_tag *tk_html_find_tag(const char *name, size_t n);
/* TK_HTP_* of a tag id (0 for TK_TAG_OTHER). */
unsigned tk_html_tag_props(unsigned id);
/* FNV-1a of a lower-cased name: tells unknown tags apart on a stack. */
uint32_t tk_html_name_hash(const char *s, size_t n);

static inline unsigned char tk_html_lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

static inline bool tk_html_is_alpha(unsigned char c)
{
	return (c | 32) >= 'a' && (c | 32) <= 'z';
}

/* The spec's ASCII whitespace. */
static inline bool tk_html_is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

#endif
