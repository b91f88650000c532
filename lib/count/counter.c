/* counter.c - compact open-addressing key -> count table (see counter.h).
 *
 * Slots: a control byte array (0 = empty, else 0x80 | 7 hash bits) and a
 * parallel array of 32-bit refs, 5 bytes a slot; probing is linear and
 * follows a ref only when the control byte matches, so a miss rarely
 * touches an entry.  Invariants: cap is 2^k or 3 * 2^k (>= 16), or from
 * FINE_STEP slots 5, 6 or 7 * 2^k too; a full
 * slot i holds an entry whose home is home(hash) (the hash's high 32
 * bits scaled to cap, a multiply rather than a mask) with every slot
 * from home to i, wrapping at cap, full (no deletions, no tombstones);
 * n <= cap * 4/5 after every insertion.  From 64 Ki slots growth steps
 * by 1.5 and 4/3 in turn rather than doubling: the slots cost 6.25 to 9.4
 * bytes a key instead of 6.7 to 13.3 (at 3/4 load, doubling); from
 * FINE_STEP slots by quarters, 6.25 to 7.8 (next_cap()).
 *
 * Entries live in blocks (64 KiB doubling to 4 MiB; a larger entry gets
 * a block of its own) and never move.  A ref is the block index (high 10
 * bits) and the byte offset (low 22 bits), so a table holds at most 1024
 * blocks, 4 GiB of entries; past that it exits with a message rather
 * than wrap.  An entry is a 24-bit count, the key length as a varint
 * and the key, unaligned, with no NUL after it (keys are (pointer,
 * length); the NUL was 10 MB of 10 M short keys).  Most keys of a
 * vocabulary are short and rare, so an entry starts small and grows
 * once:
 *   small  [count << 4 | len] key   count 0..7, len 0..15: 9 bytes
 *                                   for an 8-byte key;
 *   full   [0x80] count24 len-varint key   any count and length;
 *   dead   [0xc0 | len] key         a small entry that was moved.
 * A small entry whose count passes 7 moves to a new full entry (the
 * slot's ref follows it) and leaves a dead one behind for the block
 * walks to skip: a key moves at most once, and only keys seen 8 times,
 * so the dead bytes are a small share of a table of rare keys, and of
 * a table of frequent keys (few of them) are few.  A full count that
 * reaches 2^23 moves to a 64-bit side array and the field becomes
 * BIG | index, so counts stay 64-bit.  No hash is stored: growth frees
 * the slot arrays, allocates them twice as large and re-inserts by
 * walking the blocks (re-hashing the keys, which are read in order), so
 * old and new arrays never coexist.  Measured on 10 M distinct 8-byte
 * keys (wordfreq -j 1, peak RSS): 454 MiB with 8-byte pointers to 16-byte
 * headers {count, hash, length} and two slot arrays during growth; 219
 * MiB with 13-byte entries and doubling at 3/4 load; see README
 * (Speed) for today's.
 *
 * Walking the blocks is insertion order, unrelated to slot order, so
 * merges and rebuilds do not fill a table in clusters; the per-table
 * seed stays as a second guard.  tk_counter_absorb() frees each block of
 * its source once added, so merging thread tables peaks near the size of
 * the result.  Large blocks and slot arrays are mapped directly (when
 * the system has anonymous mmap): freeing them returns the memory at
 * once, also when another thread allocated them.
 *
 * The hash and the short-key comparison are lib/base/hash.h's, shared with
 * lib/ngram.  The layout is in counter_impl.h, the report order in
 * countsort.c. */
#include "counter_impl.h"
#include "base/hash.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TK_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define TK_ASAN 1
#endif
#if !defined(TK_ASAN)
#include <sys/mman.h>
#endif

/* --- memory ------------------------------------------------------------ */

/* Zeroed memory; large sizes straight from the kernel (not under ASan,
 * whose checks need malloc's red zones). */
static void *mem_alloc(size_t n)
{
#if !defined(TK_ASAN) && defined(MAP_ANONYMOUS)
	if (n >= MAP_MIN) {
		void *p = mmap(NULL, n, PROT_READ | PROT_WRITE,
		               MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (p == MAP_FAILED)
			xalloc_die();
		return p;
	}
#endif
	return xcalloc(1, n);
}

static void mem_free(void *p, size_t n)
{
	if (!p)
		return;
#if !defined(TK_ASAN) && defined(MAP_ANONYMOUS)
	if (n >= MAP_MIN) {
		munmap(p, n);
		return;
	}
#endif
	(void)n;
	free(p);
}

/* --- hashing: lib/base/hash.h --------------------------------------------- */

uint64_t tk_hash(const void *key, size_t n, uint64_t seed)
{
	return tk_hash_bytes(key, n, seed);
}

/* 7 low bits: home() takes the high ones. */
static inline uint8_t tag_of(uint64_t h)
{
	return (uint8_t)(0x80 | (h & 0x7f));
}

/* --- entries ----------------------------------------------------------- */

/* The slow part of full_add(): 64-bit counts.  f: the count field. */
static int full_add_big(struct tk_counter *c, char *f, uint32_t v,
                        uint64_t n)
{
	if (v >= BIG) {
		uint64_t *p = &c->big[v & ~BIG];
		if (unlikely(*p > UINT64_MAX - n))
			return TK_EOVERFLOW;
		*p += n;
		return TK_OK;
	}
	if (unlikely((uint64_t)v > UINT64_MAX - n))
		return TK_EOVERFLOW;
	if (c->nbig == c->bigcap) {
		if (c->bigcap >= BIG)
			xalloc_die_msg("too many counts of 2^23 or more in one table");
		size_t ncap = xgrow(c->bigcap, c->nbig + 1, 16);
		if (ncap > BIG)
			ncap = BIG;
		c->big = xnrealloc(c->big, ncap, sizeof *c->big);
		c->bytes += (ncap - c->bigcap) * sizeof *c->big;
		c->bigcap = ncap;
	}
	c->big[c->nbig] = v + n;
	st24(f, BIG | (uint32_t)c->nbig++);
	return TK_OK;
}

/* Add n to the count of full entry e: TK_OK, or TK_EOVERFLOW leaving it
 * as it was. */
static inline int full_add(struct tk_counter *c, char *e, uint64_t n)
{
	char *f = e + 1;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	/* one 4-byte add: the byte after the count is left as it was */
	uint32_t w;
	memcpy(&w, f, 4);
	uint32_t v = w & 0xffffff;
	if (likely(n < BIG && v + (uint32_t)n < BIG)) { /* not BIG, stays so */
		w += (uint32_t)n;
		memcpy(f, &w, 4);
		return TK_OK;
	}
#else
	uint32_t v = ld24(f);
	if (likely(v < BIG && n < BIG - v)) {
		st24(f, v + (uint32_t)n);
		return TK_OK;
	}
#endif
	return full_add_big(c, f, v, n);
}

/* Room for an entry of size bytes; its ref in *ref.  Keys stay readable
 * for 8-byte loads: every block keeps PAD bytes after its last entry. */
static char *entry_new(struct tk_counter *c, size_t size, uint32_t *ref)
{
	if (c->cur < c->nblk) {
		struct block *b = &c->blk[c->cur];
		if (likely(size <= b->size - PAD - b->used)) {
			char *e = b->p + b->used;
			*ref = (uint32_t)(c->cur << OFF_BITS) | (uint32_t)b->used;
			b->used += size;
			return e;
		}
	}
	if (c->nblk == MAX_BLOCKS)
		xalloc_die_msg("more keys than one table can hold (4 GiB); "
		               "try --max-memory");
	if (c->nblk == c->blkcap) {
		c->blkcap = xgrow(c->blkcap, c->nblk + 1, 16);
		c->blk = xnrealloc(c->blk, c->blkcap, sizeof *c->blk);
	}
	size_t bsize = c->next_size ? c->next_size : FIRST_BLOCK;
	bool own = size > bsize - PAD;
	if (own) {
		if (size > SIZE_MAX - PAD)
			xalloc_die();
		bsize = size + PAD;
	} else if (c->next_size < MAX_BLOCK)
		c->next_size = bsize * 2;
	struct block *b = &c->blk[c->nblk];
	b->p = c->base[c->nblk] = mem_alloc(bsize);
	b->size = bsize;
	b->used = size;
	c->bytes += bsize;
	*ref = (uint32_t)(c->nblk << OFF_BITS);
	if (!own)
		c->cur = c->nblk;
	c->nblk++;
	return b->p;
}

/* --- the table --------------------------------------------------------- */

static void slots_alloc(struct tk_counter *c, size_t cap)
{
	c->ctrl = mem_alloc(cap);
	c->ref = mem_alloc(cap * sizeof *c->ref);
	c->cap = cap;
}

static void slots_free(struct tk_counter *c)
{
	size_t cap = c->cap;
	mem_free(c->ctrl, cap);
	mem_free(c->ref, cap * sizeof *c->ref);
	c->ctrl = NULL;
	c->ref = NULL;
}

struct tk_counter *tk_counter_new(uint64_t seed)
{
	struct tk_counter *c = xcalloc(1, sizeof *c);
	/* Each table perturbs the seed with its own address, so two tables
	 * never share a probe order (see the top of this file). */
	c->seed = tk_hash_mix((seed ? seed : TK_HASH_P2) ^ TK_HASH_P0,
	                      (uint64_t)(uintptr_t)c ^ TK_HASH_P1);
	c->fine_step = FINE_STEP;
	slots_alloc(c, MIN_CAP);
	return c;
}

static void blocks_free(struct tk_counter *c)
{
	for (size_t i = 0; i < c->nblk; i++)
		mem_free(c->blk[i].p, c->blk[i].size);
	free(c->blk);
	free(c->big);
	c->blk = NULL;
	c->big = NULL;
	c->nblk = c->blkcap = c->cur = c->next_size = 0;
	c->nbig = c->bigcap = 0;
	c->bytes = 0;
	c->n = 0;
}

void tk_counter_free(struct tk_counter *c)
{
	if (!c)
		return;
	blocks_free(c);
	slots_free(c);
	free(c);
}

void tk_counter_clear(struct tk_counter *c)
{
	blocks_free(c);
	slots_free(c);
	slots_alloc(c, MIN_CAP);
}

/* What tk_counter_reset keeps: a regular first block, emptied, and slot
 * arrays up to KEEP_SLOTS, zeroed.  Larger arrays are freed: zeroing
 * them for each small table would cost more than growing again. */
enum { KEEP_SLOTS = 4096 };

void tk_counter_reset(struct tk_counter *c)
{
	struct block first = { NULL, 0, 0 };
	if (c->nblk && c->blk[0].size == FIRST_BLOCK) { /* not a key's own */
		first = c->blk[0];
		c->blk[0].p = NULL;
	}
	blocks_free(c);
	if (first.p) {
		c->blkcap = 16;
		c->blk = xnmalloc(c->blkcap, sizeof *c->blk);
		first.used = 0;
		c->blk[0] = first;
		c->base[0] = first.p;
		c->nblk = 1;
		c->cur = 0;
		c->next_size = 2 * FIRST_BLOCK;
		c->bytes = FIRST_BLOCK;
	}
	if (c->cap <= KEEP_SLOTS) {
		memset(c->ctrl, 0, c->cap);
		return;
	}
	slots_free(c);
	slots_alloc(c, MIN_CAP);
}

/* The first slot of hash h's probe sequence: its high 32 bits scaled
 * to cap (cap < 2^32: refs are 32-bit, so n is too). */
static inline size_t home(const struct tk_counter *c, uint64_t h)
{
	return (size_t)(((h >> 32) * (uint64_t)c->cap) >> 32);
}

static inline size_t next_slot(const struct tk_counter *c, size_t i)
{
	return likely(i + 1 < c->cap) ? i + 1 : 0;
}

/* Place ref r (hash h) in the first empty slot of its probe sequence. */
static inline void place(struct tk_counter *c, uint64_t h, uint32_t r)
{
	size_t i = home(c, h);
	while (c->ctrl[i])
		i = next_slot(c, i);
	c->ctrl[i] = tag_of(h);
	c->ref[i] = r;
}

/* The slot count after cap: doubling while the slots are small (under
 * 320 KiB: fewer re-insertions), then 2^k -> 3 * 2^(k-1) -> 2^(k+1),
 * and from FINE_STEP slots (5 MiB) by a quarter of the power of 2
 * below: 4q -> 5q -> 6q -> 7q -> 8q (q = 2^(k-2)), so a large table's
 * slots cost 6.25 to 7.8 bytes a key instead of up to 9.4 (two thread
 * tables of 5 M keys: 73 MB of slots became 68). */
static size_t next_cap(const struct tk_counter *c)
{
	size_t cap = c->cap;
	if (cap < GROW_STEP && cap < c->fine_step)
		return cap * 2;
	if (cap < c->fine_step)
		return (cap & (cap - 1)) == 0 ? cap + cap / 2 : cap / 3 * 4;
	size_t p = cap;
	while (p & (p - 1))
		p &= p - 1; /* the power of 2 at or below cap */
	return cap + p / 4;
}

/* Enlarge the slot arrays and re-insert every entry from the blocks. */
static void grow(struct tk_counter *c)
{
	size_t cap = next_cap(c);
	if (cap > UINT32_MAX)
		xalloc_die();
	slots_free(c);
	slots_alloc(c, cap);
	for (size_t bi = 0; bi < c->nblk; bi++) {
		const struct block *b = &c->blk[bi];
		for (size_t o = 0; o < b->used;) {
			size_t len;
			const char *e = b->p + o;
			const char *k = entry_key(e, &len);
			if (!is_dead(e))
				place(c, tk_hash_bytes(k, len, c->seed),
				      (uint32_t)(bi << OFF_BITS) | (uint32_t)o);
			o += entry_size(e, k, len);
		}
	}
}

/* Does entry e (small or full) hold key[0..len)? */
static inline bool entry_is(const char *e, const char *key, size_t len)
{
	unsigned char h = (unsigned char)e[0];
	if (likely(h != FULL))
		return (h & SMALL_LEN) == len && tk_key_eq(e + 1, key, len);
	if (likely(len < 0x80)) /* a one-byte length: compare it as it is */
		return (unsigned char)e[4] == len && tk_key_eq(e + 5, key, len);
	size_t elen;
	const char *k = entry_key(e, &elen);
	return elen == len && tk_key_eq(k, key, len);
}

/* Write a full entry for key with count 0 at e. */
static void full_init(char *e, const char *key, size_t len)
{
	e[0] = (char)FULL;
	st24(e + 1, 0);
	size_t vs = varint_size(len), l = len;
	unsigned char *p = (unsigned char *)e + 4;
	for (size_t j = 1; j < vs; j++, l >>= 7)
		*p++ = (unsigned char)(0x80 | (l & 0x7f));
	*p++ = (unsigned char)l;
	if (len)
		memcpy(p, key, len);
}

/* Small entry e in slot i passes SMALL_COUNT by n: move it to a full
 * entry, leave a dead one. */
static TK_NOINLINE int promote(struct tk_counter *c, size_t i, char *e,
                               uint64_t n)
{
	uint64_t was = (unsigned char)e[0] >> 4;
	if (n > UINT64_MAX - was)
		return TK_EOVERFLOW;
	size_t len = (unsigned char)e[0] & SMALL_LEN;
	uint32_t r;
	char *f = entry_new(c, full_size(len), &r);
	full_init(f, e + 1, len);
	e[0] = (char)(DEAD | len);
	c->ref[i] = r;
	return full_add(c, f, was + n); /* from 0: cannot overflow */
}

/* A new entry for key in the empty slot i (the miss path of add). */
static TK_NOINLINE int insert(struct tk_counter *c, size_t i, uint8_t tag,
                              const char *key, size_t len, uint64_t n)
{
	uint32_t r;
	if (len <= SMALL_LEN && n <= SMALL_COUNT) {
		char *e = entry_new(c, 1 + len, &r);
		e[0] = (char)(n << 4 | len);
		if (len)
			memcpy(e + 1, key, len);
	} else {
		char *e = entry_new(c, full_size(len), &r);
		full_init(e, key, len);
		full_add(c, e, n); /* from 0: cannot overflow */
	}
	c->ctrl[i] = tag;
	c->ref[i] = r;
	c->n++;
	if (unlikely(c->n > c->cap - c->cap / 5))
		grow(c);
	return TK_OK;
}

int tk_counter_add(struct tk_counter *c, const char *key, size_t len,
                   uint64_t n)
{
	if (unlikely(len >= UINT32_MAX))
		return TK_EOVERFLOW;
	uint64_t h = tk_hash_bytes(key, len, c->seed);
	uint8_t tag = tag_of(h);
	size_t i = home(c, h);
	uint8_t t;
	while ((t = c->ctrl[i]) != 0) {
		if (t == tag) {
			char *e = entry_at(c, c->ref[i]);
			/* the kind of entry tested once:
			 * frequent keys are full, so most hits take the first
			 * branch */
			unsigned char k = (unsigned char)e[0];
			if (likely(k == FULL)) {
				if (likely(len < 0x80 && (unsigned char)e[4] == len &&
				           tk_key_eq(e + 5, key, len)) ||
				    (len >= 0x80 && entry_is(e, key, len)))
					return full_add(c, e, n);
			} else if ((k & SMALL_LEN) == len &&
			           tk_key_eq(e + 1, key, len)) {
				if (n <= (uint64_t)(SMALL_COUNT - (k >> 4))) {
					e[0] = (char)(k + (n << 4));
					return TK_OK;
				}
				return promote(c, i, e, n);
			}
		}
		i = next_slot(c, i);
	}
	return insert(c, i, tag, key, len, n);
}

uint64_t tk_counter_get(const struct tk_counter *c, const char *key,
                        size_t len)
{
	if (len >= UINT32_MAX)
		return 0;
	uint64_t h = tk_hash_bytes(key, len, c->seed);
	uint8_t tag = tag_of(h), t;
	size_t i = home(c, h);
	while ((t = c->ctrl[i]) != 0) {
		if (t == tag) {
			const char *e = entry_at(c, c->ref[i]);
			if (entry_is(e, key, len))
				return entry_count(c, e);
		}
		i = next_slot(c, i);
	}
	return 0;
}

size_t tk_counter_size(const struct tk_counter *c)
{
	return c->n;
}

/* Summed on demand rather than on every addition: the hot loop is one
 * branch shorter, and a report asks once. */
uint64_t tk_counter_total(const struct tk_counter *c, bool *overflow)
{
	uint64_t t = 0;
	bool of = false;
	FOR_EACH_ENTRY(c, e, {
		uint64_t k = entry_count(c, e);
		if (t > UINT64_MAX - k) {
			t = UINT64_MAX;
			of = true;
		} else
			t += k;
	})
	if (overflow)
		*overflow = of;
	return t;
}

size_t tk_counter_bytes(const struct tk_counter *c)
{
	return sizeof *c + c->cap * (1 + sizeof *c->ref) + c->bytes +
	       c->blkcap * sizeof *c->blk;
}

int tk_counter_merge(struct tk_counter *dst, const struct tk_counter *src)
{
	int rc = TK_OK;
	FOR_EACH_ENTRY(src, e, {
		size_t len;
		const char *k = entry_key(e, &len);
		if (tk_counter_add(dst, k, len, entry_count(src, e)) != TK_OK)
			rc = TK_EOVERFLOW;
	})
	return rc;
}

int tk_counter_absorb(struct tk_counter *dst, struct tk_counter *src)
{
	int rc = TK_OK;
	slots_free(src);
	for (size_t bi = 0; bi < src->nblk; bi++) {
		struct block *b = &src->blk[bi];
		for (size_t o = 0; o < b->used;) {
			const char *e = b->p + o;
			size_t len;
			const char *k = entry_key(e, &len);
			if (!is_dead(e) &&
			    tk_counter_add(dst, k, len, entry_count(src, e)) != TK_OK)
				rc = TK_EOVERFLOW;
			o += entry_size(e, k, len);
		}
		mem_free(b->p, b->size);
		b->p = NULL;
		b->size = 0;
	}
	blocks_free(src);
	slots_alloc(src, MIN_CAP);
	return rc;
}

void tk_counter_each(const struct tk_counter *c,
                     void (*fn)(void *ctx, const struct tk_entry *e),
                     void *ctx)
{
	FOR_EACH_ENTRY(c, e, {
		size_t len;
		const char *key = entry_key(e, &len);
		struct tk_entry t = { key, len, entry_count(c, e) };
		fn(ctx, &t);
	})
}

struct tk_entry *tk_counter_entries(const struct tk_counter *c)
{
	struct tk_entry *v = xnmalloc(c->n ? c->n : 1, sizeof *v);
	size_t k = 0;
	FOR_EACH_ENTRY(c, e, {
		size_t len;
		const char *key = entry_key(e, &len);
		v[k++] = (struct tk_entry){ key, len, entry_count(c, e) };
	})
	return v;
}
