/* extract.h - main-content extraction: which blocks of a page (from
 * lib/text/htmlblocks) are the article, and the page's metadata.
 *
 * The method (details in extract.c):
 *   1. each element gets a class weight from its tag, class, id, role and
 *      itemprop (article, content, entry, post, story ... count for it;
 *      comment, share, related, sidebar, footer, nav, cookie ... against);
 *      subtrees that are unlikely to hold the article (navigation, asides,
 *      footers, comment and share boxes) are set aside;
 *   2. each paragraph-like block scores 1 + its commas + its length / 100
 *      (at most 3) for its element and, less, for five levels of
 *      ancestors (the Readability scheme); an element's score is scaled
 *      by (1 - its link density), and the best is the article;
 *   3. siblings of the article that score close to it, or are plain
 *      prose paragraphs, join it;
 *   4. inside it, lists, tables and divisions that are mostly links, or
 *      carry a negative class weight, are dropped (a list of sentences
 *      may be up to half links), and so are link-heavy blocks without
 *      text of their own, the boilerplate lines of a closing tail, a
 *      heading or label line that heads only dropped blocks, and a
 *      heading of comments, trackbacks or related links with all that
 *      follows it up to a heading of its level;
 *   5. when that leaves little text, it runs again with fewer
 *      restrictions and keeps the longest result;
 *   6. the heading that states the page's title, when it comes a few
 *      blocks before the article, heads it with the lead paragraphs
 *      between them (not the byline and date lines).
 * For a text or Markdown page (no element tree) the blocks are
 * classified one by one by length, link density and stop-word density
 * (the jusText scheme) and smoothed with their neighbours.
 *
 * Stop words come from lib/count/stopwords for the language named by
 * the options, else by <html lang>, else the list whose words are the
 * most frequent in the page. */
#ifndef TK_EXTRACT_H
#define TK_EXTRACT_H

#include "base/buf.h"
#include "base/common.h"
#include "text/htmlblocks.h"

enum tk_extract_format {
	TK_EXTRACT_TEXT, TK_EXTRACT_MARKDOWN, TK_EXTRACT_JSONL
};

struct tk_extract_opts {
	const char *lang;      /* stop-word list; NULL: from the page */
	size_t min_length;     /* drop kept blocks with fewer characters
	                          (headings and table rows excepted) */
	bool with_title;       /* put the title first */
	enum tk_extract_format format;
};

struct tk_extractor;

struct tk_extractor *tk_extractor_new(void);
void tk_extractor_free(struct tk_extractor *x);

/* Choose the article blocks of d and render the result to out (which is
 * cleared first): text and Markdown are the blocks, one a line, with an
 * empty line between blocks and no final empty line; JSON Lines is one
 * object with title, author, date, lang, url and text, and a final
 * newline.  Returns the number of blocks kept. */
size_t tk_extract(struct tk_extractor *x, const struct tk_hblocks *d,
                  const struct tk_extract_opts *o, struct tk_buf *out);

/* The languages with a stop-word model, NULL-terminated. */
extern const char *const tk_extract_languages[];

#endif
