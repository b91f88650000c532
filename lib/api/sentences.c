/* sentences.c - the sentence iterator of the public API over
 * lib/text/sentence's streaming splitter: the whole text is one window
 * fed at once (final), its sentences kept in an array. */
#include "api.h"
#include "base/xalloc.h"
#include "text/abbrev.h"
#include "text/sentence.h"

#include <stdlib.h>

struct textkit_splitter {
	struct tk_abbrev *ab;
	struct tk_splitter *sp;
	struct textkit_sentence *v;
	size_t nv, cap, next;
};

struct textkit_splitter *textkit_splitter_new(const char *lang,
                                              unsigned flags)
{
	if (flags & ~TEXTKIT_SENTENCE_UAX29)
		return NULL;
	struct tk_abbrev *ab = tk_abbrev_new();
	if (tk_abbrev_add_builtin(ab, lang ? lang : "en") != TK_OK) {
		tk_abbrev_free(ab);
		return NULL;
	}
	struct tk_sentence_opts o = {
		.uax29 = flags & TEXTKIT_SENTENCE_UAX29, .abbrev = ab,
	};
	struct textkit_splitter *sp = xcalloc(1, sizeof *sp);
	sp->ab = ab;
	sp->sp = tk_splitter_new(&o);
	return sp;
}

void textkit_splitter_free(struct textkit_splitter *sp)
{
	if (!sp)
		return;
	tk_splitter_free(sp->sp);
	tk_abbrev_free(sp->ab);
	free(sp->v);
	free(sp);
}

static int collect(void *ctx, const struct tk_sentence *snt)
{
	struct textkit_splitter *sp = ctx;
	if (sp->nv == sp->cap) {
		sp->cap = xgrow(sp->cap, sp->nv + 1, 16);
		sp->v = xnrealloc(sp->v, sp->cap, sizeof *sp->v);
	}
	sp->v[sp->nv++] = (struct textkit_sentence){
		.text = snt->p, .len = snt->len, .start = snt->offset,
		.end = snt->offset + snt->len, .paragraph = snt->para,
	};
	return 0;
}

int textkit_splitter_start(struct textkit_splitter *sp, const char *s,
                           size_t n)
{
	sp->nv = sp->next = 0;
	if (!tk_api_valid(s, n))
		return TEXTKIT_EILSEQ;
	tk_sentence_feed(sp->sp, s, n, true, collect, sp);
	return TEXTKIT_OK;
}

int textkit_splitter_next(struct textkit_splitter *sp,
                          struct textkit_sentence *snt)
{
	if (sp->next == sp->nv)
		return 0;
	*snt = sp->v[sp->next++];
	return 1;
}
