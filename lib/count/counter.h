/* counter.h - key -> 64-bit count table for the counting tools.
 *
 * Keys are arbitrary byte strings (NUL is data); wordfreq counts words,
 * ngram counts "w1 w2 ... wn".  The table copies every new key into its
 * own arena, so callers may pass keys from short-lived buffers.
 *
 * Design: open addressing with linear probing over an array of 1-byte
 * control tags and 32-bit refs to entries (count, length, key bytes)
 * packed in blocks that never move: 5 bytes a slot plus 1 byte and the
 * key an entry for a key under 16 bytes seen under 8 times, else 5
 * bytes and the key (see counter.c).  Growth (at 4/5 load, by 1.5 and
 * 4/3 in turn, by quarters of a power of 2 past 4 Mi slots) re-inserts
 * the entries from the blocks, O(1) amortized per insertion.  The hash is seeded: with a per-process seed, crafted
 * input cannot force collisions that are known in advance.  Output
 * never depends on the seed, because reports sort the entries.
 *
 * Counts are uint64_t; an addition that would wrap returns TK_EOVERFLOW
 * and leaves the count unchanged.  Not thread-safe: use one table per
 * thread and tk_counter_merge() them.  Memory goes through lib/xalloc
 * (exits on out of memory). */
#ifndef TK_COUNTER_H
#define TK_COUNTER_H

#include "base/common.h"

struct tk_counter;

/* One key and its count.  key[0..len) is in the table's arena (valid
 * until tk_counter_clear/free); no NUL follows it. */
struct tk_entry {
	const char *key;
	size_t len;
	uint64_t count;
};

/* A new empty table; seed 0 selects a fixed default seed.  The table
 * mixes its own identity into the seed (see counter.c), so two tables
 * hash the same key differently. */
struct tk_counter *tk_counter_new(uint64_t seed);
void tk_counter_free(struct tk_counter *c);

/* Add n to key's count (inserting key with count n if absent; n may be
 * 0 to just insert).  TK_OK, or TK_EOVERFLOW when the sum would pass
 * UINT64_MAX (the count is left as it was). */
int tk_counter_add(struct tk_counter *c, const char *key, size_t len,
                   uint64_t n);

/* The count of key, 0 when absent. */
uint64_t tk_counter_get(const struct tk_counter *c, const char *key,
                        size_t len);

/* Number of distinct keys. */
size_t tk_counter_size(const struct tk_counter *c);

/* Sum of all counts (computed on demand, O(size)); *overflow (if not
 * NULL) is set when it passes UINT64_MAX, and the sum then saturates. */
uint64_t tk_counter_total(const struct tk_counter *c, bool *overflow);

/* Bytes of memory the table holds (slot arrays + entry blocks), for
 * --max-memory decisions. */
size_t tk_counter_bytes(const struct tk_counter *c);

/* Add every key of src into dst.  TK_OK or TK_EOVERFLOW (the first
 * overflowing key keeps its old count; the rest are still merged). */
int tk_counter_merge(struct tk_counter *dst, const struct tk_counter *src);

/* Like tk_counter_merge(), but consumes src: its memory is released
 * block by block as its keys move into dst, so merging thread tables
 * needs about the memory of the result, not result plus sources.  src is
 * left empty and usable. */
int tk_counter_absorb(struct tk_counter *dst, struct tk_counter *src);

/* Remove all keys and release their memory (the table stays usable). */
void tk_counter_clear(struct tk_counter *c);

/* Remove all keys for more of about as many: tk_counter_clear, but the
 * first 64 KiB of key memory and slots for up to 3,072 keys are kept
 * (tk_counter_bytes() stays that much above a new table's), so a table
 * emptied for each small document allocates and regrows nothing. */
void tk_counter_reset(struct tk_counter *c);

/* A new array (free() it) of all entries, unsorted (in block order,
 * which is about insertion order); its length is tk_counter_size().
 * Keys stay owned by the table. */
struct tk_entry *tk_counter_entries(const struct tk_counter *c);

/* Call fn on every entry, in the order of tk_counter_entries() (without
 * its array of 24 bytes a key).  fn must not change c. */
void tk_counter_each(const struct tk_counter *c,
                     void (*fn)(void *ctx, const struct tk_entry *e),
                     void *ctx);

/* In-place sorting, for reports and spill runs: the ref array itself
 * becomes the sorted list of 4-byte refs, so a table of N keys is put in
 * order with no extra memory (a tk_counter_entries() array would cost 24
 * bytes per key, and qsort's merge buffer as much again).
 *
 * tk_counter_sort() first drops the entries for which keep() returns
 * false (keep NULL: none) and then sorts the rest: TK_ORDER_REPORT is
 * count descending then key bytes ascending, TK_ORDER_KEY is key bytes
 * ascending.  It returns the number of entries kept.  After it the table
 * is a sorted list: only tk_counter_at(), tk_counter_size() (the kept
 * count), tk_counter_clear() and tk_counter_free() are allowed. */
enum tk_order { TK_ORDER_REPORT, TK_ORDER_KEY };
size_t tk_counter_sort(struct tk_counter *c, enum tk_order order,
                       bool (*keep)(void *ctx, const struct tk_entry *e),
                       void *ctx);
struct tk_entry tk_counter_at(const struct tk_counter *c, size_t i);

/* Byte order of keys (memcmp, then the shorter first): what LC_ALL=C
 * sort does, and the order of ties in reports. */
int tk_key_cmp(const char *a, size_t alen, const char *b, size_t blen);

/* The seeded hash used by the table, exposed for tests and for callers
 * that shard keys (same key, same seed -> same hash). */
uint64_t tk_hash(const void *p, size_t n, uint64_t seed);

#endif
