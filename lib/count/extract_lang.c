/* extract_lang.c - the extractor's words and stop words: which
 * language a page is in, and how many of a block's words are stop words
 * (see extract_lang.h). */
#include "extract_lang.h"
#include "stopwords.h"
#include "base/hash.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>

const char *const tk_extract_languages[] = {
	"de", "en", "es", "fr", "it", "nl", "pt", "ru", NULL
};

static uint64_t wset_hash(const char *w, size_t n)
{
	return tk_hash_bytes(w, n, 0x9e3779b97f4a7c15ull);
}

static void wset_add(void *ctx, const char *w, size_t n)
{
	struct tk_wordset *s = ctx;
	size_t i = (size_t)wset_hash(w, n) & s->mask;
	while (s->slots[i].p) {
		if (s->slots[i].len == n && memcmp(s->slots[i].p, w, n) == 0)
			return;
		i = (i + 1) & s->mask;
	}
	s->slots[i].p = w;
	s->slots[i].len = n;
}

static bool wset_has(const struct tk_wordset *s, const char *w, size_t n)
{
	size_t i = (size_t)wset_hash(w, n) & s->mask;
	while (s->slots[i].p) {
		if (s->slots[i].len == n && memcmp(s->slots[i].p, w, n) == 0)
			return true;
		i = (i + 1) & s->mask;
	}
	return false;
}

void tk_exlang_init(struct tk_exlang *x)
{
	for (int l = 0; l < TK_EXLANG_N; l++) {
		const struct tk_stopword_list *sl =
		    tk_stopwords_builtin(tk_extract_languages[l]);
		x->sets[l].mask = 1023;
		x->sets[l].slots = xcalloc(1024, sizeof(struct tk_span));
		if (sl)
			tk_stopwords_parse(sl->text, sl->len, wset_add,
			                   &x->sets[l]);
	}
}

void tk_exlang_free(struct tk_exlang *x)
{
	for (int l = 0; l < TK_EXLANG_N; l++)
		free(x->sets[l].slots);
}

/* Lower-case a word for look-up: ASCII, Latin-1 and Cyrillic capitals
 * (stop words are common words; the rare other capitals just miss). */
static size_t fold_word(const char *w, size_t n, char *out, size_t cap)
{
	if (n > cap)
		return 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)w[i];
		if (c >= 'A' && c <= 'Z')
			c += 32;
		else if (c == 0xC3 && i + 1 < n &&
		         (unsigned char)w[i + 1] >= 0x80 &&
		         (unsigned char)w[i + 1] <= 0x9E &&
		         (unsigned char)w[i + 1] != 0x97) {
			out[i] = (char)c;
			out[i + 1] = (char)((unsigned char)w[i + 1] + 0x20);
			i++;
			continue;
		} else if (c == 0xD0 && i + 1 < n) {
			unsigned char d = (unsigned char)w[i + 1];
			out[i++] = (char)c;
			if (d >= 0x90 && d <= 0x9F)
				out[i] = (char)(d + 0x20);
			else if (d >= 0xA0 && d <= 0xAF) {
				out[i - 1] = (char)0xD1;
				out[i] = (char)(d - 0x20);
			} else
				out[i] = (char)d;
			continue;
		}
		out[i] = (char)c;
	}
	return n;
}

/* Word characters: ASCII letters and digits, and non-ASCII except the
 * Latin-1 punctuation (C2 80..BF) and General Punctuation (E2 80..81). */
static size_t next_word(const char *s, size_t n, size_t *i)
{
	size_t j = *i;
	for (;;) {
		while (j < n) {
			unsigned char c = (unsigned char)s[j];
			if (c < 0x80 ? ((c | 32) >= 'a' && (c | 32) <= 'z') ||
			                   (c >= '0' && c <= '9')
			             : c >= 0xC3 && !(c == 0xE2 && j + 1 < n &&
			                               ((unsigned char)s[j + 1] & 0xFE) == 0x80))
				break;
			j++;
		}
		if (j >= n) {
			*i = n;
			return 0;
		}
		size_t a = j;
		while (j < n) {
			unsigned char c = (unsigned char)s[j];
			if (c < 0x80) {
				if (!(((c | 32) >= 'a' && (c | 32) <= 'z') ||
				      (c >= '0' && c <= '9') || c == '\''))
					break;
			} else if (c == 0xC2 ||
			           (c == 0xE2 && j + 1 < n &&
			            ((unsigned char)s[j + 1] & 0xFE) == 0x80))
				break;
			j++;
		}
		*i = j;
		return j - a;
	}
}

void tk_exlang_count(const struct tk_exlang *x, int lang,
                        const char *s, size_t n, size_t *words,
                        size_t *stops)
{
	char buf[64];
	size_t i = 0, len;
	*words = *stops = 0;
	while ((len = next_word(s, n, &i)) > 0) {
		(*words)++;
		if (lang < 0)
			continue;
		size_t k = fold_word(s + i - len, len, buf, sizeof buf);
		if (k && wset_has(&x->sets[lang], buf, k))
			(*stops)++;
	}
}

int tk_exlang_pick(const struct tk_exlang *x, const struct tk_hblocks *d,
                   const char *opt)
{
	const char *want = opt;
	char code[3] = { 0 };
	size_t n;
	const char *hl = opt ? NULL : tk_hblocks_meta(d, "html:lang", &n);
	if (hl && n >= 2) {
		code[0] = (char)(hl[0] | 32);
		code[1] = (char)(hl[1] | 32);
		if (n == 2 || hl[2] == '-' || hl[2] == '_')
			want = code;
	}
	if (want)
		for (int l = 0; l < TK_EXLANG_N; l++)
			if (strcmp(want, tk_extract_languages[l]) == 0)
				return l;
	size_t hits[TK_EXLANG_N] = { 0 }, total = 0;
	char buf[64];
	for (size_t b = 0; b < d->nblocks && total < 3000; b++) {
		const char *s = d->text.data + d->blocks[b].off;
		size_t len, i = 0, m = d->blocks[b].len;
		while ((len = next_word(s, m, &i)) > 0) {
			total++;
			size_t k = fold_word(s + i - len, len, buf, sizeof buf);
			for (int l = 0; k && l < TK_EXLANG_N; l++)
				hits[l] += wset_has(&x->sets[l], buf, k);
		}
	}
	int best = -1;
	for (int l = 0; l < TK_EXLANG_N; l++)
		if (hits[l] * 10 >= total && (best < 0 || hits[l] > hits[best]))
			best = l;
	return best;
}
