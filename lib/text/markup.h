/* markup.h - strip HTML and Markdown residue from text, line by line.
 *
 * HTML (tk_html): tags are dropped; a tag that separates blocks (p, br,
 * div, li, td, h1..h6, ...) leaves one space between the words around
 * it; comments, <!DOCTYPE ...>/<?...?> declarations and the contents of
 * <script> and <style> are dropped; all HTML5 named character
 * references (the 2231 names of the WHATWG table, including the legacy
 * ones without ';') and numeric ones are decoded exactly as Python's
 * html.unescape() does, except that a decoded line break or other
 * C0 control becomes one space (so one input line stays one output
 * line).  Tags, comments and scripts may span lines: the state lives in
 * struct tk_html and carries from one call to the next; lines wholly
 * inside them come out empty.  A '<' that does not start a tag ("a < b")
 * is text, and so is one whose tag is still open at the end of the line
 * without having shown an attribute ("if a<b then"): only a tag with an
 * '=' or a quote may span lines.  The same holds for such a tag that
 * runs on for TK_HTML_TAG_MAX bytes: its text comes out from there on,
 * so that the state stays bounded (the bytes of a tag that may still
 * turn out to be text are held in struct tk_html: call tk_html_free()).
 *
 * Markdown (tk_markdown), per line: heading hashes, blockquote '>'
 * marks, list bullets (- * +), code fence and rule lines; inline:
 * [text](url), ![alt](url) and [text][ref] -> text, <url> autolinks ->
 * url, code span backticks, emphasis and strike-through delimiters
 * (* ** *** _ __ ~~, when they pair up and flank text the CommonMark way,
 * never inside a word), backslash escapes (\* -> *), and inline HTML
 * tags (<sup>, <br/>, ...) unless strip_tags is false.
 *
 * Both take valid UTF-8 s[0..n) and append to out.  A caller that cuts
 * a line into pieces passes line_start/line_end and should cut before
 * ASCII white space: no entity, delimiter run or link target spans such
 * a cut (a Markdown link whose text spans it stays as it is).  tk_html()
 * gives the same output for a line in such pieces as for the whole. */
#ifndef TK_MARKUP_H
#define TK_MARKUP_H

#include "base/buf.h"

struct tk_html {
	int state;           /* text, tag, comment, declaration, raw text */
	char quote;          /* inside a quoted attribute value */
	bool closing;        /* the tag being read is </...> */
	bool attr;           /* it has shown an attribute (= or a quote) */
	bool sep;            /* a block tag asked for a space */
	bool at_space;       /* last output was white space or line start */
	unsigned char nlen;  /* tag name length so far */
	char name[12];       /* lower-case tag name (truncated) */
	char raw[8];         /* "script" or "style" while in raw text */
	struct tk_buf held;  /* the tag's bytes from '<' in earlier pieces,
	                        while it has shown no attribute */
};

/* Longest tag without an attribute (bytes from '<'). */
#define TK_HTML_TAG_MAX 1024

void tk_html_init(struct tk_html *h);
void tk_html_free(struct tk_html *h);
void tk_html(struct tk_html *h, const char *s, size_t n, bool line_start,
             bool line_end, struct tk_buf *out);

/* Decode the character reference at s[0] == '&' (Python html.unescape
 * rules); append its text and return the bytes consumed, or 0 when s
 * starts no reference (the '&' is text). */
size_t tk_entity_decode(const char *s, size_t n, struct tk_buf *out);

void tk_markdown(const char *s, size_t n, bool line_start, bool line_end,
                 bool strip_tags, struct tk_buf *out);

/* The generated table (lib/text/gen/entities.c, by scripts/gen-entities):
 * names without '&', with the ';' when the name has one, sorted by
 * bytes. */
struct tk_entity {
	const char *name;
	const char *utf8;
};
extern const struct tk_entity tk_entities[];
extern const size_t tk_entities_count;

#endif
