/* htmlattrs.h - the attributes of an HTML start tag that the block
 * segmenter reads (class, id, role, hidden, style, href, lang, the <meta>
 * and <link> ones, ...), as spans into the page, and the tests made on
 * them.  Pure functions over the caller's bytes. */
#ifndef TK_HTMLATTRS_H
#define TK_HTMLATTRS_H

#include "base/buf.h"
#include "base/common.h"

/* Bytes of one attribute kept as a class/id/role hint. */
#define TK_HTML_HINT_MAX 256

struct tk_html_span {
	const char *p;
	size_t n;
	bool set;
};

struct tk_html_attrs {
	struct tk_html_span cls, id, role, style, hidden, aria_hidden, href, lang,
	    name, property, itemprop, content, type, rel, datetime;
};

/* Parse the attributes from s[i] up to the tag's '>' into at (the first
 * of each name wins; names are ASCII case-insensitive); returns the index
 * after '>' (n when the tag is unterminated). */
size_t tk_html_parse_attrs(const char *s, size_t n, size_t i,
                           struct tk_html_attrs *at);
/* Is the value a, ASCII-lower-cased, equal to s? */
bool tk_html_span_eq(const struct tk_html_span *a, const char *s);
/* Does a (lower-cased on the fly, spaces removed) contain s? */
bool tk_html_span_has(const struct tk_html_span *a, const char *s);
/* Append a's value, lower-cased, white space as single spaces, at most
 * TK_HTML_HINT_MAX bytes, to h (a space between hints). */
void tk_html_add_hint(struct tk_buf *h, const struct tk_html_span *a);
/* hidden, aria-hidden=true, display:none or visibility:hidden. */
bool tk_html_attrs_hidden(const struct tk_html_attrs *at);

#endif
