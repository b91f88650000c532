/* counter_impl.h - the count table's layout (see the top of counter.c),
 * shared by counter.c (the table) and countsort.c (its in-place sort);
 * internal to lib/count/counter*. */
#ifndef TK_COUNTER_IMPL_H
#define TK_COUNTER_IMPL_H

#include "counter.h"

#include <string.h>

enum {
	MIN_CAP = 16,
	OFF_BITS = 22,                     /* byte offset in a block */
	MAX_BLOCKS = 1 << (32 - OFF_BITS), /* 1024 */
	FIRST_BLOCK = 64 << 10,
	MAX_BLOCK = 4 << 20,               /* 2^OFF_BITS */
	PAD = 8,     /* readable bytes after a key's start: 8-byte loads */
	MAP_MIN = 256 << 10,
	FULL = 0x80,           /* first byte of a full entry */
	DEAD = 0xc0,           /* | len: a small entry that moved */
	SMALL_COUNT = 7,       /* largest count of a small entry */
	SMALL_LEN = 15,        /* longest key of a small entry */
	GROW_STEP = 1 << 16,   /* slots from which growth is by 1.5 and 4/3 */
	FINE_STEP = 1 << 22    /* and from which by quarters of a power of 2 */
};
#define OFF_MASK ((1u << OFF_BITS) - 1)
#define BIG 0x800000u /* in a 24-bit count field */

struct block {
	char *p;
	size_t size;
	size_t used;
};

struct tk_counter {
	uint8_t *ctrl;
	uint32_t *ref;
	size_t cap;
	size_t n;
	uint64_t seed;
	struct block *blk;
	char *base[MAX_BLOCKS]; /* blk[i].p, where refs resolve in one load */
	size_t nblk, blkcap;
	size_t cur;       /* block taking new entries; nblk when none */
	size_t next_size; /* of the next regular block */
	uint64_t *big;    /* counts of BIG entries */
	size_t nbig, bigcap;
	size_t bytes;     /* blocks + big */
	size_t fine_step; /* FINE_STEP (unit tests set less) */
};

/* --- entries ----------------------------------------------------------- */

static inline char *entry_at(const struct tk_counter *c, uint32_t r)
{
	return c->base[r >> OFF_BITS] + (r & OFF_MASK);
}

/* The 24-bit little-endian count field of a full entry (at e + 1). */
static inline uint32_t ld24(const char *e)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint32_t v; /* the length byte that follows is always there */
	memcpy(&v, e, 4);
	return v & 0xffffff;
#else
	const unsigned char *p = (const unsigned char *)e;
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16;
#endif
}

static inline void st24(char *e, uint32_t v)
{
	unsigned char *p = (unsigned char *)e;
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
	p[2] = (unsigned char)(v >> 16);
}

static inline bool is_full(const char *e)
{
	return (unsigned char)e[0] == FULL;
}

static inline bool is_dead(const char *e)
{
	return (unsigned char)e[0] >= DEAD;
}

/* The key of entry e (of any kind); its length in *len. */
static inline const char *entry_key(const char *e, size_t *len)
{
	if (likely(!is_full(e))) { /* small or dead */
		*len = (unsigned char)e[0] & SMALL_LEN;
		return e + 1;
	}
	const unsigned char *p = (const unsigned char *)e + 4;
	size_t n = *p & 0x7f;
	if (likely(*p < 0x80)) {
		*len = n;
		return (const char *)p + 1;
	}
	for (unsigned s = 7;; s += 7) {
		p++;
		n |= (size_t)(*p & 0x7f) << s;
		if (*p < 0x80)
			break;
	}
	*len = n;
	return (const char *)p + 1;
}

static inline size_t varint_size(size_t len)
{
	size_t k = 1;
	while (len >= 0x80) {
		len >>= 7;
		k++;
	}
	return k;
}

/* Bytes of a full entry with a key of len bytes. */
static inline size_t full_size(size_t len)
{
	return 4 + varint_size(len) + len;
}

/* Bytes of entry e, whose key k has len bytes. */
static inline size_t entry_size(const char *e, const char *k, size_t len)
{
	return (size_t)(k - e) + len;
}

static inline uint64_t entry_count(const struct tk_counter *c, const char *e)
{
	if (!is_full(e))
		return (unsigned char)e[0] >> 4;
	uint32_t v = ld24(e + 1);
	return likely(v < BIG) ? v : c->big[v & ~BIG];
}

/* Run the statements with e at every live entry, in block order. */
#define FOR_EACH_ENTRY(c, e, ...)                                         \
	for (size_t bi_ = 0; bi_ < (c)->nblk; bi_++) {                    \
		const struct block *b_ = &(c)->blk[bi_];                  \
		for (size_t o_ = 0; o_ < b_->used;) {                     \
			char *e = b_->p + o_;                              \
			size_t l_;                                         \
			const char *k_ = entry_key(e, &l_);                \
			o_ += entry_size(e, k_, l_);                       \
			if (is_dead(e))                                    \
				continue;                                  \
			__VA_ARGS__                                        \
		}                                                          \
	}

#endif
