/* markup.h - strip HTML and Markdown residue from text, line by line.
 *
 * HTML (tk_html): tags are dropped; a tag that separates blocks (p, br,
 * div, li, td, h1..h6, ...) leaves one space between the words around
 * it (a block mark when h->blocks is set), and so does <ref>;
 * comments, <!DOCTYPE ...>/<?...?> declarations and the contents of
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
 * "<https://..." and "<me@..." are text (Markdown autolinks).
 *
 * Markdown (tk_markdown), per line: heading hashes, blockquote '>'
 * marks, list bullets (- * +, what --punct makes '-', U+2022), nested
 * ("- > # x") too, code fence lines, thematic breaks and
 * setext underlines (also escaped: \*\*\*), footnote definitions
 * ([^1]: ...) and link reference definitions ([id]: http://...) are
 * dropped; a GFM table row (| a | b |) loses its outer pipes, its cells
 * are kept apart (" | ", or blocks of their own with TK_MD_BLOCKS) and
 * its delimiter row (|---|:--|) is dropped; inline: [text](url),
 * ![alt](url) and [text][ref] -> text (not [1][2], which are footnote
 * references), <url> autolinks -> url, code span backticks, emphasis and
 * strike-through delimiters (* ** *** _ __ ~~, when they pair up and
 * flank text the CommonMark way, never inside a word), backslash
 * escapes (\* -> *), and inline HTML tags (<sup>, <br/>, ...) with
 * TK_MD_TAGS.
 *
 * Footnote references (tk_footnotes): [1], [1][2], [^note], [a] and
 * short lower-case notes ([citation needed], [edit], [note 3])
 * glued to the word or punctuation before them are dropped, and so are
 * number references ([1], [^x]) after white space that follows a
 * clause's end or references dropped (". [1] The", "? [7] [8]"), or one
 * space after a word when a clause ends after them ("word [5]." ->
 * "word."); other white space stays as it is, and a space takes the
 * place of glued references when a letter or digit follows.
 *
 * Blocks: with h->blocks / TK_MD_BLOCKS, tk_html and tk_markdown
 * mark the block structure in their output with two bytes that valid
 * UTF-8 never holds: TK_MARK_BLOCK where a block begins or ends (an
 * HTML block element, a heading, list item, table cell or rule) and
 * TK_MARK_LINE for a line break inside a block (<br>).  The caller turns
 * them into line ends (tools/normalize: a blank line between blocks).
 * Without the flags the output has the same lines as the input: a block
 * tag leaves a space.
 *
 * Each takes valid UTF-8 s[0..n) (and the marks) and appends to out.  A
 * caller that cuts a line into pieces passes line_start/line_end and
 * should cut before ASCII white space: no entity, delimiter run or link
 * target spans such a cut (a Markdown link or a footnote note whose text
 * spans it stays as it is).  tk_html() and tk_footnotes() give the same
 * output for a line in such pieces as for the whole. */
#ifndef TK_MARKUP_H
#define TK_MARKUP_H

#include "base/buf.h"

#define TK_MARK_LINE  '\xFE'  /* a line break inside a block */
#define TK_MARK_BLOCK '\xFF'  /* a block boundary */

struct tk_html {
	bool blocks;         /* write block marks (set it after init) */
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

enum {
	TK_MD_TAGS = 1,    /* drop inline HTML tags */
	TK_MD_BLOCKS = 2,  /* write block marks */
};

/* Markdown state between lines (the block the last line was in). */
struct tk_md {
	unsigned flags;
	bool table;  /* ... a table row or delimiter row */
	bool quote;  /* ... inside a blockquote */
	bool row;    /* the current line is a table row */
	bool cells;  /* ... and a cell of it has been written */
	bool heading; /* the current line is a heading */
};

void tk_markdown(struct tk_md *m, const char *s, size_t n, bool line_start,
                 bool line_end, struct tk_buf *out);

/* s[0..n) is a whole line of a thematic break or setext underline
 * ("***", "- - -", "\\*\\*\\*", "===", a line of em dashes). */
bool tk_markdown_rule(const char *s, size_t n);

/* Bytes of the footnote label at s[0] == '[' up to its ']' inclusive
 * ([12], [^x], [a], [citation needed]), or 0. */
size_t tk_footnote_label(const char *s, size_t n);

/* Copy s[0..n) to out without its footnote references.  A line may come
 * in pieces cut before ASCII white space; the state carries the last
 * byte of the previous piece. */
struct tk_footnotes {
	uint32_t last;  /* last character not white space before the piece */
	bool refs;      /* ... or it was references dropped */
	bool white;     /* the text so far ends in white space */
};
void tk_footnotes(struct tk_footnotes *f, const char *s, size_t n,
                  bool line_start, struct tk_buf *out);

/* ASCII classes for markup syntax (never the locale's). */
static inline bool tk_ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static inline bool tk_ascii_alpha(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
static inline bool tk_ascii_alnum(unsigned char c)
{
	return tk_ascii_digit(c) || tk_ascii_alpha(c);
}

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
