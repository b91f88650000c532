/* dictseg_libthai.c - the libthai backend of dictseg: Thai word breaks
 * by libthai's dictionary (maximal matching over a trie).  Compiled when
 * pkg-config finds libthai.
 *
 * A run is converted to wide characters (libthai's thwchar_t, NUL
 * terminated) with a map to byte offsets; th_brk_wc_find_breaks() gives
 * the break positions.  One ThBrk per instance: the dictionary is
 * loaded per instance (about 0.6 MB), so threads share nothing. */
#include "dictseg.h"
#include "dictseg_backend.h"
#include "base/utf8.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <thai/thbrk.h>
#include <thai/thwbrk.h>

#ifndef TK_LIBTHAI_VERSION
#define TK_LIBTHAI_VERSION "?"
#endif

struct thai {
	ThBrk *brk;
	thwchar_t *w;
	size_t *map;
	int *pos;
	size_t cap;
};

static const char *thai_version(void)
{
	return TK_LIBTHAI_VERSION;
}

static void *thai_open(void)
{
	ThBrk *brk = th_brk_new(NULL);
	if (!brk)
		return NULL;
	struct thai *st = xcalloc(1, sizeof *st);
	st->brk = brk;
	return st;
}

static void thai_close(void *p)
{
	struct thai *st = p;
	th_brk_delete(st->brk);
	free(st->w);
	free(st->map);
	free(st->pos);
	free(st);
}

static int thai_breaks(void *p, unsigned fam, const char *s, size_t n, char *out)
{
	struct thai *st = p;
	if (n >= INT32_MAX)
		return -1;
	if (st->cap < n + 1) {
		st->cap = xgrow(st->cap, n + 1, 256);
		free(st->w);
		free(st->map);
		free(st->pos);
		st->w = xnmalloc(st->cap, sizeof *st->w);
		st->map = xnmalloc(st->cap, sizeof *st->map);
		st->pos = xnmalloc(st->cap, sizeof *st->pos);
	}
	size_t k = 0;
	for (size_t i = 0; i < n;) {
		tk_char c;
		int l = tk_utf8_decode(s + i, &c);
		st->map[k] = i;
		st->w[k++] = (thwchar_t)c;
		i += (size_t)l;
	}
	st->w[k] = 0;
	int nb = th_brk_wc_find_breaks(st->brk, st->w, st->pos, k);
	for (int j = 0; j < nb; j++)
		if (st->pos[j] > 0 && (size_t)st->pos[j] < k)
			out[st->map[st->pos[j]]] = 1;
	return 0;
}

const struct tk_seg_backend tk_seg_libthai = {
	"libthai", TK_DS_THAI, thai_version, thai_open, thai_close, thai_breaks
};
