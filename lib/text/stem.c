/* stem.c - Snowball stemmers through libstemmer (see stem.h). */
#include "stem.h"
#include "norm.h"

#include "base/utf8.h"
#include "base/xalloc.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#ifdef TK_HAVE_LIBSTEMMER
#include <libstemmer.h>

struct tk_stemmer {
	struct sb_stemmer *sb;
	struct tk_buf nfc;
};

bool tk_stem_available(void)
{
	return true;
}

const char *const *tk_stem_languages(void)
{
	return (const char *const *)sb_stemmer_list();
}

struct tk_stemmer *tk_stemmer_new(const char *lang)
{
	struct sb_stemmer *sb = sb_stemmer_new(lang, "UTF_8");
	if (!sb)
		return NULL;
	struct tk_stemmer *st = xcalloc(1, sizeof *st);
	st->sb = sb;
	return st;
}

void tk_stemmer_free(struct tk_stemmer *st)
{
	if (!st)
		return;
	sb_stemmer_delete(st->sb);
	tk_buf_free(&st->nfc);
	free(st);
}

const char *tk_stem(struct tk_stemmer *st, const char *s, size_t n,
                    size_t *outlen)
{
	if (tk_ascii_run(s, n) != n) {
		/* libunistring's plain path: thread-safe (tk_norm's tables
		 * are built lazily without a lock) */
		tk_buf_clear(&st->nfc);
		tk_norm_slow(TK_FORM_NFC, s, n, &st->nfc);
		s = st->nfc.data;
		n = st->nfc.len;
	}
	if (n > (size_t)INT_MAX) { /* libstemmer takes an int length */
		*outlen = n;
		return s;
	}
	const sb_symbol *r = sb_stemmer_stem(st->sb, (const sb_symbol *)s, (int)n);
	if (!r)
		xalloc_die();
	*outlen = (size_t)sb_stemmer_length(st->sb);
	return (const char *)r;
}

#else /* no libstemmer */

bool tk_stem_available(void)
{
	return false;
}

const char *const *tk_stem_languages(void)
{
	static const char *const none[] = { NULL };
	return none;
}

struct tk_stemmer *tk_stemmer_new(const char *lang)
{
	(void)lang;
	return NULL;
}

void tk_stemmer_free(struct tk_stemmer *st)
{
	(void)st;
}

const char *tk_stem(struct tk_stemmer *st, const char *s, size_t n,
                    size_t *outlen)
{
	(void)st;
	*outlen = n;
	return s;
}

#endif
