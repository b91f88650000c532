/* pagemeta.h - the metadata a page states about its article: title,
 * author, date, language and URL, from the key/value pairs that
 * lib/text/htmlblocks collects (<meta> tags, Open Graph, JSON-LD,
 * <title>, <html lang>, <link rel=canonical>, <time datetime>).
 *
 * Preference order: title: og:title, twitter:title, JSON-LD headline,
 * then <title> without a trailing " | Site" part; author: JSON-LD
 * author name, meta author, article:author (when not a URL), dc.creator;
 * date: article:published_time, JSON-LD datePublished, date meta tags,
 * the first <time datetime>; url: og:url, canonical link; lang:
 * <html lang>, og:locale, content-language.  Each value is valid UTF-8
 * with white space squeezed, or empty when the page does not say. */
#ifndef TK_PAGEMETA_H
#define TK_PAGEMETA_H

#include "base/buf.h"
#include "htmlblocks.h"

struct tk_pagemeta {
	struct tk_buf title, author, date, lang, url;
};

void tk_pagemeta_init(struct tk_pagemeta *m);
void tk_pagemeta_free(struct tk_pagemeta *m);
/* Fill m (cleared first) from the metadata of d. */
void tk_pagemeta_get(struct tk_pagemeta *m, const struct tk_hblocks *d);

/* Find "key" in the JSON text s[0..n) and append its string value,
 * unescaped, to out; for an object or array value, the first "name"
 * string inside it.  Returns false when there is none.  A light scan for
 * JSON-LD, not a JSON parser: it does not check the document. */
bool tk_json_find_string(const char *s, size_t n, const char *key,
                         struct tk_buf *out);

/* Append the JSON-LD articleBody of d (the first one), with its line
 * breaks kept; false when the page has none. */
bool tk_pagemeta_article_body(const struct tk_hblocks *d, struct tk_buf *out);

#endif
