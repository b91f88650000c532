/* floor-count.c - benchmark peer: the ASCII floor for word counting.
 *
 * Splits standard input on ASCII white space, lower-cases A-Z only, and
 * prints "count<TAB>word" sorted by count descending, ties in byte order
 * (wordfreq's output order).  This is the least work a word counter can
 * do: no Unicode, no punctuation handling, one pass over big read(2)
 * blocks, FNV-1a hashed while lower-casing, open addressing with linear
 * probing, keys copied once into a bump arena.  Written for textkit's
 * benchmark in the spirit of optimized.c from Ben Hoyt's countwords. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct slot {
	const char *key; /* NULL: empty */
	uint32_t len;
	uint64_t hash;
	uint64_t count;
};

static struct slot *tab;
static size_t cap = 1 << 16, used;

static void *xmalloc(size_t n)
{
	void *p = malloc(n);
	if (!p) {
		fputs("floor-count: out of memory\n", stderr);
		exit(1);
	}
	return p;
}

static char *arena, *arena_end;

static const char *keep(const char *s, size_t n)
{
	if ((size_t)(arena_end - arena) < n) {
		size_t sz = n > (1 << 20) ? n : (1 << 20);
		arena = xmalloc(sz);
		arena_end = arena + sz;
	}
	char *p = arena;
	memcpy(p, s, n);
	arena += n;
	return p;
}

static void grow(void)
{
	size_t ncap = cap * 2;
	struct slot *nt = calloc(ncap, sizeof *nt);
	if (!nt) {
		fputs("floor-count: out of memory\n", stderr);
		exit(1);
	}
	for (size_t i = 0; i < cap; i++) {
		if (!tab[i].key)
			continue;
		size_t j = tab[i].hash & (ncap - 1);
		while (nt[j].key)
			j = (j + 1) & (ncap - 1);
		nt[j] = tab[i];
	}
	free(tab);
	tab = nt;
	cap = ncap;
}

static void add(const char *w, size_t n, uint64_t h)
{
	size_t i = h & (cap - 1);
	while (tab[i].key) {
		if (tab[i].hash == h && tab[i].len == n &&
		    memcmp(tab[i].key, w, n) == 0) {
			tab[i].count++;
			return;
		}
		i = (i + 1) & (cap - 1);
	}
	tab[i] = (struct slot){ keep(w, n), (uint32_t)n, h, 1 };
	if (++used * 2 > cap)
		grow();
}

static int cmp(const void *a, const void *b)
{
	const struct slot *x = a, *y = b;
	if (x->count != y->count)
		return x->count < y->count ? 1 : -1;
	size_t n = x->len < y->len ? x->len : y->len;
	int c = memcmp(x->key, y->key, n);
	return c ? c : (x->len > y->len) - (x->len < y->len);
}

int main(void)
{
	enum { BLOCK = 1 << 16 };
	tab = calloc(cap, sizeof *tab);
	char *buf = xmalloc(BLOCK);
	/* The word being read: carried over a block end in `word`. */
	size_t wcap = 256, wlen = 0;
	char *word = xmalloc(wcap);
	uint64_t h = 14695981039346656037u;
	for (;;) {
		ssize_t r = read(0, buf, BLOCK);
		if (r < 0) {
			perror("floor-count: read");
			return 1;
		}
		for (ssize_t i = 0; i < r; i++) {
			unsigned char c = (unsigned char)buf[i];
			if (c == ' ' || (c >= '\t' && c <= '\r')) {
				if (wlen) {
					add(word, wlen, h);
					wlen = 0;
					h = 14695981039346656037u;
				}
				continue;
			}
			if (c >= 'A' && c <= 'Z')
				c += 'a' - 'A';
			if (wlen == wcap) {
				wcap *= 2;
				char *nw = realloc(word, wcap);
				if (!nw) {
					fputs("floor-count: out of memory\n", stderr);
					return 1;
				}
				word = nw;
			}
			word[wlen++] = (char)c;
			h = (h ^ c) * 1099511628211u;
		}
		if (r == 0)
			break;
	}
	if (wlen)
		add(word, wlen, h);
	size_t n = 0;
	for (size_t i = 0; i < cap; i++)
		if (tab[i].key)
			tab[n++] = tab[i];
	qsort(tab, n, sizeof *tab, cmp);
	static char obuf[1 << 16];
	setvbuf(stdout, obuf, _IOFBF, sizeof obuf);
	for (size_t i = 0; i < n; i++)
		printf("%llu\t%.*s\n", (unsigned long long)tab[i].count,
		       (int)tab[i].len, tab[i].key);
	return fflush(stdout) != 0 || ferror(stdout);
}
