/* dictseg_backend.h - the interface between dictseg.c and its
 * segmenters (private to lib/text/dictseg*.c).
 *
 * A backend segments one run of one family of scripts (see dictseg.h)
 * into words.  Its state is per instance, so per thread; whatever it
 * shares between instances (a dictionary) it loads once, thread safely.
 * Each backend file is compiled only when the build found its library;
 * dictseg.c lists the ones compiled in (TK_HAVE_ICU, TK_HAVE_MECAB,
 * TK_HAVE_LIBTHAI). */
#ifndef TK_DICTSEG_BACKEND_H
#define TK_DICTSEG_BACKEND_H

#include "base/common.h"

struct tk_seg_backend {
	const char *name;         /* "ICU", "MeCab", "libthai" */
	unsigned families;        /* TK_DS_* bits it can segment */
	/* Library version, e.g. "72.1" (static string). */
	const char *(*version)(void);
	/* A new state, or NULL when the segmenter cannot work here (no
	 * dictionary): the family then goes to the next backend. */
	void *(*open)(void);
	void (*close)(void *st);
	/* Words of the run s[0..n) (valid UTF-8, letters of family fam,
	 * no white space): p[0..n) arrive zeroed; set p[i] = 1 where a word
	 * starts at s[i], i > 0, on a character boundary.  Returns 0, or
	 * -1 when it failed (p is then ignored). */
	int (*breaks)(void *st, unsigned fam, const char *s, size_t n,
	              char *p);
};

extern const struct tk_seg_backend tk_seg_icu;
extern const struct tk_seg_backend tk_seg_mecab;
extern const struct tk_seg_backend tk_seg_libthai;

#endif
