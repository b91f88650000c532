/* pagetab.c - lazily filled property pages (see pagetab.h). */
#include "pagetab.h"
#include "xalloc.h"

#include <stdlib.h>

TK_NOINLINE const void *tk_pagetab_fill(struct tk_pagetab *t, unsigned pg)
{
	void *p = xmalloc(256 * t->esize);
	t->fill((tk_char)pg << 8, p);
	void *old = NULL;
	if (!atomic_compare_exchange_strong_explicit(&t->page[pg], &old, p,
	                                             memory_order_acq_rel,
	                                             memory_order_acquire)) {
		free(p);
		return old;
	}
	return p;
}
