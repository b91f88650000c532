/* pagemeta.c - article metadata from a page's own statements (see
 * pagemeta.h). */
#include "pagemeta.h"
#include "base/utf8.h"

#include <string.h>

void tk_pagemeta_init(struct tk_pagemeta *m)
{
	memset(m, 0, sizeof *m);
}

void tk_pagemeta_free(struct tk_pagemeta *m)
{
	tk_buf_free(&m->title);
	tk_buf_free(&m->author);
	tk_buf_free(&m->date);
	tk_buf_free(&m->lang);
	tk_buf_free(&m->url);
}

static bool is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Append s[0..n) with white space squeezed and trimmed. */
static void put_squeezed(struct tk_buf *out, const char *s, size_t n)
{
	bool space = false;
	size_t start = out->len;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (is_space(c) || c < 0x20) {
			space = true;
			continue;
		}
		if (space && out->len > start)
			tk_buf_addc(out, ' ');
		space = false;
		tk_buf_addc(out, (char)c);
	}
}

static unsigned hexval(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 32;
	return c >= 'a' && c <= 'f' ? c - 'a' + 10u : 16u;
}

/* Unescape the JSON string starting after its opening quote at s[i];
 * returns the index after the closing quote. */
static size_t json_string(const char *s, size_t n, size_t i,
                          struct tk_buf *out, bool lines)
{
	while (i < n && s[i] != '"') {
		if (s[i] != '\\') {
			tk_buf_addc(out, s[i++]);
			continue;
		}
		if (++i >= n)
			break;
		char c = s[i++];
		switch (c) {
		case 'n':
			tk_buf_addc(out, lines ? '\n' : ' ');
			break;
		case 'r': case 't': case 'b': case 'f':
			tk_buf_addc(out, ' ');
			break;
		case 'u': {
			uint32_t v = 0;
			int k = 0;
			while (k < 4 && i < n && hexval((unsigned char)s[i]) < 16)
				v = v * 16 + hexval((unsigned char)s[i++]), k++;
			if (v >= 0xD800 && v <= 0xDBFF && i + 6 <= n &&
			    s[i] == '\\' && s[i + 1] == 'u') {
				uint32_t lo = 0;
				int m = 0;
				size_t q = i + 2;
				while (m < 4 && hexval((unsigned char)s[q]) < 16)
					lo = lo * 16 + hexval((unsigned char)s[q++]), m++;
				if (m == 4 && lo >= 0xDC00 && lo <= 0xDFFF) {
					v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
					i = q;
				}
			}
			if (k < 4 || (v >= 0xD800 && v <= 0xDFFF) || v == 0)
				v = 0xFFFD;
			char b[4];
			tk_buf_add(out, b, tk_utf8_encode(v, b));
			break;
		}
		default:
			tk_buf_addc(out, c);
		}
	}
	return i < n ? i + 1 : n;
}

static size_t skip_ws(const char *s, size_t n, size_t i)
{
	while (i < n && is_space((unsigned char)s[i]))
		i++;
	return i;
}

static bool find_string(const char *s, size_t n, const char *key,
                        struct tk_buf *out, bool lines)
{
	size_t kl = strlen(key);
	for (size_t i = 0; i + kl + 2 < n; i++) {
		const char *q = memchr(s + i, '"', n - i);
		if (!q)
			return false;
		i = (size_t)(q - s);
		if (i + kl + 2 > n || memcmp(s + i + 1, key, kl) != 0 ||
		    s[i + 1 + kl] != '"')
			continue;
		size_t j = skip_ws(s, n, i + kl + 2);
		if (j >= n || s[j] != ':')
			continue;
		j = skip_ws(s, n, j + 1);
		if (j < n && s[j] == '"') {
			size_t before = out->len;
			json_string(s, n, j + 1, out, lines);
			if (out->len > before)
				return true;
			continue;
		}
		if (j < n && (s[j] == '{' || s[j] == '[')) {
			/* the first "name" within the next few hundred bytes */
			size_t lim = j + 600 < n ? j + 600 : n;
			return find_string(s + j, lim - j, "name", out, lines);
		}
	}
	return false;
}

bool tk_json_find_string(const char *s, size_t n, const char *key,
                         struct tk_buf *out)
{
	return find_string(s, n, key, out, false);
}

bool tk_pagemeta_article_body(const struct tk_hblocks *d, struct tk_buf *out)
{
	for (size_t i = 0; i < d->nmeta; i++) {
		const struct tk_hb_meta *m = &d->meta[i];
		if (m->key_len != 7 ||
		    memcmp(d->metatext.data + m->key_off, "ld+json", 7) != 0)
			continue;
		size_t before = out->len;
		if (find_string(d->metatext.data + m->val_off, m->val_len,
		                "articleBody", out, true))
			return true;
		out->len = before;
	}
	return false;
}

/* The first of keys with a value in d's metadata, squeezed into out. */
static bool first_meta(const struct tk_hblocks *d, const char *const *keys,
                       struct tk_buf *out, bool no_url)
{
	for (; *keys; keys++) {
		size_t n;
		const char *v = tk_hblocks_meta(d, *keys, &n);
		if (!v || n == 0)
			continue;
		if (no_url && n > 4 && memcmp(v, "http", 4) == 0)
			continue;
		put_squeezed(out, v, n);
		if (out->len)
			return true;
	}
	return false;
}

/* The first JSON-LD block that has key. */
static bool from_ldjson(const struct tk_hblocks *d, const char *key,
                        struct tk_buf *out)
{
	struct tk_buf raw = TK_BUF_INIT;
	bool found = false;
	for (size_t i = 0; i < d->nmeta && !found; i++) {
		const struct tk_hb_meta *m = &d->meta[i];
		if (m->key_len != 7 ||
		    memcmp(d->metatext.data + m->key_off, "ld+json", 7) != 0)
			continue;
		tk_buf_clear(&raw);
		found = tk_json_find_string(d->metatext.data + m->val_off,
		                            m->val_len, key, &raw);
	}
	if (found)
		put_squeezed(out, raw.data, raw.len);
	tk_buf_free(&raw);
	return found && out->len;
}

/* <title> text without a site name after the last separator, when what
 * stays has at least three words (the Readability rule). */
static void clean_title(struct tk_buf *t)
{
	static const char *const seps[] = { " | ", " - ", " \xE2\x80\x93 ",
		" \xE2\x80\x94 ", " :: ", " \xC2\xBB ", " / " };
	size_t cut = 0;
	for (size_t k = 0; k < TK_LEN(seps); k++) {
		size_t sl = strlen(seps[k]);
		for (size_t i = 0; i + sl <= t->len; i++)
			if (memcmp(t->data + i, seps[k], sl) == 0 && i > cut)
				cut = i;
	}
	if (cut == 0)
		return;
	size_t words = 1;
	for (size_t i = 0; i < cut; i++)
		words += t->data[i] == ' ';
	if (words >= 3)
		t->len = cut;
}

void tk_pagemeta_get(struct tk_pagemeta *m, const struct tk_hblocks *d)
{
	tk_buf_clear(&m->title);
	tk_buf_clear(&m->author);
	tk_buf_clear(&m->date);
	tk_buf_clear(&m->lang);
	tk_buf_clear(&m->url);
	static const char *const title_keys[] = { "og:title",
		"twitter:title", NULL };
	static const char *const title_tag[] = { "title", NULL };
	if (!first_meta(d, title_keys, &m->title, false) &&
	    !from_ldjson(d, "headline", &m->title) &&
	    first_meta(d, title_tag, &m->title, false))
		clean_title(&m->title);
	static const char *const author_keys[] = { "author", "article:author",
		"dc.creator", "byl", "parsely-author", "sailthru.author", NULL };
	if (!from_ldjson(d, "author", &m->author))
		first_meta(d, author_keys, &m->author, true);
	static const char *const date_keys[] = { "article:published_time",
		"datepublished", "date", "pubdate", "publishdate",
		"dc.date.issued", "dc.date", "sailthru.date",
		"parsely-pub-date", "og:published_time", NULL };
	static const char *const time_key[] = { "time:datetime", NULL };
	if (!first_meta(d, date_keys, &m->date, false) &&
	    !from_ldjson(d, "datePublished", &m->date))
		first_meta(d, time_key, &m->date, false);
	static const char *const url_keys[] = { "og:url", "link:canonical",
		NULL };
	first_meta(d, url_keys, &m->url, false);
	static const char *const lang_keys[] = { "html:lang", "og:locale",
		"content-language", "language", "dc.language", NULL };
	first_meta(d, lang_keys, &m->lang, false);
}
