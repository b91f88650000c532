/* htmlblocks.h - an HTML page (or a text/Markdown page) -> a light
 * element tree and the text blocks a reader sees, in document order.
 *
 * The tokenizer follows the HTML spec where it matters for text: raw
 * text elements (script, style, textarea, title, iframe, noscript, ...)
 * end only at their own end tag, comments and <!...>/<?...> are dropped,
 * character references are decoded by lib/text/markup (tk_entity_decode),
 * and the tree builder applies the spec's implied end tags (a block start
 * tag closes an open <p>; <li> closes <li>, <dt>/<dd> close each other,
 * <tr>/<td>/<th>/<tbody> close their own kind inside a table, <option>
 * closes <option>, a heading closes a heading, nested <a> closes <a>).  An
 * end tag closes the nearest open element of its name and all above it;
 * an unmatched end tag is ignored.  Elements deeper than TK_HB_DEPTH_MAX,
 * or past TK_HB_NODES_MAX in a page, are not kept (their text goes to
 * the innermost kept element).
 *
 * A block is the text between two block boundaries (the start or end of
 * a block-level element, <br>, a line of <pre>), with white space
 * squeezed to single spaces and trimmed; it belongs to the innermost
 * block-level element open when its text began.  Text of elements a
 * reader never sees as text (script, style, template, svg, button,
 * select, head content) is dropped.  Table cells are blocks of their own
 * (kind TK_HB_CELL), with the <tr> that holds them as `row`.
 *
 * Metadata the page states is collected as key/value pairs: <title>
 * ("title"), each <meta> name/property/itemprop with its content (key
 * lower-cased), <html lang> ("html:lang"), <link rel=canonical>
 * ("link:canonical"), the first <time datetime> ("time:datetime"), and
 * the text of each <script type="application/ld+json"> ("ld+json").
 *
 * tk_hblocks_parse_text() (lib/text/textblocks.c) reads a page already reduced to text or Markdown:
 * every non-blank line is a block under one root element; Markdown marks
 * (#, -, *, +, >, 1.) set the kind and are removed, [text](url) links
 * count as link text.
 *
 * All memory is owned by struct tk_hblocks and reused by the next parse;
 * the caller bounds it by bounding the page it passes in.  Input is valid
 * UTF-8 (lib/text/decode output); NUL bytes are treated as spaces. */
#ifndef TK_HTMLBLOCKS_H
#define TK_HTMLBLOCKS_H

#include "base/buf.h"
#include "base/common.h"
#include "htmltags.h"

#define TK_HB_DEPTH_MAX 256
/* Bounds per page: elements kept in the tree (later ones are
 * transparent), blocks (later text joins the last block), bytes of
 * class/id hints and of metadata. */
#define TK_HB_NODES_MAX ((size_t)1 << 18)
#define TK_HB_BLOCKS_MAX ((size_t)1 << 18)
#define TK_HB_HINTS_MAX ((size_t)8 << 20)
#define TK_HB_META_BYTES_MAX ((size_t)4 << 20)

enum tk_hb_kind {
	TK_HB_TEXT,     /* text directly in a div, section, body, ... */
	TK_HB_PARA,     /* p */
	TK_HB_HEADING,  /* h1..h6: level in tk_hb_block.level */
	TK_HB_ITEM,     /* li, dt, dd */
	TK_HB_QUOTE,    /* text inside a blockquote */
	TK_HB_CELL,     /* td, th, caption */
	TK_HB_CAPTION,  /* figcaption */
	TK_HB_PRE,      /* a line of pre */
};

/* Element flags; the TK_HBN_IN_* ones are inherited by descendants. */
enum {
	TK_HBN_IN_LINK = 1,     /* inside <a href> */
	TK_HBN_IN_HIDDEN = 2,   /* hidden attribute, display:none,
	                           visibility:hidden, aria-hidden=true */
	TK_HBN_IN_SKIP = 4,     /* text dropped (svg, button, select, ...) */
	TK_HBN_IN_FORM = 8,     /* inside <form> */
	TK_HBN_IN_TABLE = 16,   /* inside a <table> */
	TK_HBN_IN_QUOTE = 32,   /* inside a <blockquote> */
	TK_HBN_IN_PRE = 64,     /* inside a <pre> */
	TK_HBN_BLOCK = 256,     /* a block-level element */
};


struct tk_hb_node {
	int32_t parent;     /* -1 for the root */
	uint16_t tag;       /* enum tk_tag */
	uint16_t depth;
	uint32_t flags;     /* TK_HBN_* */
	uint32_t hint_off;  /* class, id and role, lower-cased, in hints */
	uint32_t hint_len;
};

struct tk_hb_block {
	size_t off, len;    /* text in tk_hblocks.text */
	size_t link_len;    /* bytes of it inside links (without URLs) */
	size_t url_len;     /* bytes of URLs added by keep_links */
	int32_t node;       /* innermost block-level element */
	int32_t row;        /* the <tr> of a cell, else -1 */
	uint8_t kind;       /* enum tk_hb_kind */
	uint8_t level;      /* heading level 1..6, else 0 */
	uint32_t flags;     /* the node's TK_HBN_IN_* flags */
};

struct tk_hb_meta {
	size_t key_off, key_len, val_off, val_len; /* in tk_hblocks.metatext */
};

enum tk_hb_links { TK_HB_LINKS_TEXT, TK_HB_LINKS_ANGLE, TK_HB_LINKS_MD };

struct tk_hblocks {
	struct tk_hb_node *nodes;
	size_t nnodes, capnodes;
	struct tk_hb_block *blocks;
	size_t nblocks, capblocks;
	struct tk_hb_meta *meta;
	size_t nmeta, capmeta;
	struct tk_buf text;      /* block text */
	struct tk_buf hints;     /* class/id/role strings */
	struct tk_buf metatext;  /* metadata keys and values */
	enum tk_hb_links links;  /* how link targets appear in text */
	bool is_html;            /* the last parse was HTML */
};

void tk_hblocks_init(struct tk_hblocks *d);
void tk_hblocks_free(struct tk_hblocks *d);

/* Parse s[0..n) as HTML, replacing what d held. */
void tk_hblocks_parse_html(struct tk_hblocks *d, const char *s, size_t n);
/* Parse s[0..n) as text or Markdown, one block per line (textblocks.c). */
void tk_hblocks_parse_text(struct tk_hblocks *d, const char *s, size_t n);

/* For the page parsers: empty d for a new page and add the root
 * element (node 0). */
void tk_hblocks_begin(struct tk_hblocks *d, bool is_html);

/* The first value of metadata key (NUL-terminated, lower case), or
 * NULL; *len gets its length. */
const char *tk_hblocks_meta(const struct tk_hblocks *d, const char *key,
                            size_t *len);

#endif
