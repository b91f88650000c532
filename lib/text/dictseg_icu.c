/* dictseg_icu.c - the ICU backend of dictseg: ICU's word break iterator,
 * whose dictionary engines cover Han and kana (one CJ dictionary), Thai,
 * Lao, Khmer and Burmese.  Compiled when pkg-config finds icu-uc.
 *
 * A run is converted to UTF-16 with a map from each UTF-16 unit to its
 * byte offset, given to the iterator once (ubrk_setText), and every
 * boundary inside it is a word start.  One iterator per instance (ICU's
 * iterators are not thread safe; opening one shares the rules and
 * dictionaries ICU caches). */
#include "dictseg.h"
#include "dictseg_backend.h"
#include "base/utf8.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/uversion.h>

struct icu {
	UBreakIterator *bi;
	UChar *u;           /* the run in UTF-16 */
	size_t *map;        /* byte offset of each unit */
	size_t cap;
};

static const char *icu_version(void)
{
	return U_ICU_VERSION;
}

static void *icu_open(void)
{
	UErrorCode e = U_ZERO_ERROR;
	UBreakIterator *bi = ubrk_open(UBRK_WORD, "", NULL, 0, &e);
	if (U_FAILURE(e) || !bi)
		return NULL;
	struct icu *st = xcalloc(1, sizeof *st);
	st->bi = bi;
	return st;
}

static void icu_close(void *p)
{
	struct icu *st = p;
	ubrk_close(st->bi);
	free(st->u);
	free(st->map);
	free(st);
}

static int icu_breaks(void *p, unsigned fam, const char *s, size_t n, char *out)
{
	struct icu *st = p;
	if (n > INT32_MAX / 2)
		return -1;
	if (st->cap < n) {
		/* at most one UTF-16 unit per byte */
		st->cap = xgrow(st->cap, n, 256);
		free(st->u);
		free(st->map);
		st->u = xnmalloc(st->cap, sizeof *st->u);
		st->map = xnmalloc(st->cap, sizeof *st->map);
	}
	size_t k = 0;
	for (size_t i = 0; i < n;) {
		tk_char c;
		int l = tk_utf8_decode(s + i, &c);
		if (c >= 0x10000) {
			st->map[k] = i;
			st->u[k++] = (UChar)(0xD7C0 + (c >> 10));
			st->map[k] = i;
			st->u[k++] = (UChar)(0xDC00 | (c & 0x3FF));
		} else {
			st->map[k] = i;
			st->u[k++] = (UChar)c;
		}
		i += (size_t)l;
	}
	UErrorCode e = U_ZERO_ERROR;
	ubrk_setText(st->bi, st->u, (int32_t)k, &e);
	if (U_FAILURE(e))
		return -1;
	for (int32_t b = ubrk_next(st->bi); b != UBRK_DONE && (size_t)b < k;
	     b = ubrk_next(st->bi))
		out[st->map[b]] = 1;
	return 0;
}

const struct tk_seg_backend tk_seg_icu = {
	"ICU", TK_DS_ALL, icu_version, icu_open, icu_close, icu_breaks
};
