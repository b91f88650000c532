/* pagetab.h - a property table of every code point, filled lazily in
 * pages of 256 entries.
 *
 * The one strategy for Unicode properties the library computes from
 * libunistring (token classes, Word_Break, normalization stability):
 * a page is filled on first use by the table's fill function, from
 * libunistring's own calls, so the answers and the Unicode version are
 * libunistring's (tk_unicode_version()).  Thread safe: a page is
 * published with a compare-and-swap; threads may race to fill one, the
 * loser frees its copy.  Pages live until exit.
 *
 * A table is a static object:
 *   static void fill(tk_char first, void *page);   (256 entries)
 *   static struct tk_pagetab tab = TK_PAGETAB_INIT(fill, sizeof(uint16_t));
 * and lookups take c < 0x110000. */
#ifndef TK_PAGETAB_H
#define TK_PAGETAB_H

#include "common.h"
#include "utf8.h"

#include <stdatomic.h>

#define TK_PAGETAB_NPAGES (0x110000 >> 8)

struct tk_pagetab {
	void (*fill)(tk_char first, void *page);
	size_t esize;     /* bytes per entry */
	_Atomic(void *) page[TK_PAGETAB_NPAGES];
};

#define TK_PAGETAB_INIT(fn, size) { .fill = (fn), .esize = (size) }

/* Fill and publish page pg (out of line: the first use of a page). */
const void *tk_pagetab_fill(struct tk_pagetab *t, unsigned pg);

static inline const void *tk_pagetab_page(struct tk_pagetab *t, tk_char c)
{
	const void *p = atomic_load_explicit(&t->page[c >> 8],
	                                     memory_order_acquire);
	if (unlikely(!p))
		p = tk_pagetab_fill(t, c >> 8);
	return p;
}

static inline unsigned tk_pagetab_u8(struct tk_pagetab *t, tk_char c)
{
	return ((const uint8_t *)tk_pagetab_page(t, c))[c & 0xFF];
}

static inline unsigned tk_pagetab_u16(struct tk_pagetab *t, tk_char c)
{
	return ((const uint16_t *)tk_pagetab_page(t, c))[c & 0xFF];
}

#endif
