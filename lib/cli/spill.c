/* spill.c - sorted runs on disk and their k-way merge (see spill.h).
 *
 * Run record: uint64_t count, uint32_t key length, key bytes, in host
 * byte order (runs never leave the process).  Runs are read through
 * stdio with a 64 KiB buffer each; the merge keeps a binary heap of run
 * heads, so merging k runs of N records costs O(N log k). */
#include "spill.h"
#include "base/arena.h"
#include "base/buf.h"
#include "base/xalloc.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { MAX_FAN = 64 }; /* runs merged at once (open files, heap size) */

struct runlist {
	FILE **f;
	size_t n, cap;
};

struct tk_spill {
	pthread_mutex_t mu;
	struct runlist runs;
};

struct tk_spill *tk_spill_new(void)
{
	struct tk_spill *s = xcalloc(1, sizeof *s);
	pthread_mutex_init(&s->mu, NULL);
	return s;
}

static void runs_close(struct runlist *r)
{
	for (size_t i = 0; i < r->n; i++)
		fclose(r->f[i]);
	free(r->f);
	*r = (struct runlist){ 0 };
}

void tk_spill_free(struct tk_spill *s)
{
	if (!s)
		return;
	runs_close(&s->runs);
	pthread_mutex_destroy(&s->mu);
	free(s);
}

size_t tk_spill_runs(const struct tk_spill *s)
{
	return s ? s->runs.n : 0;
}

static FILE *temp_file(void)
{
	const char *dir = getenv("TMPDIR");
	if (!dir || !*dir)
		dir = "/tmp";
	struct tk_buf path = TK_BUF_INIT;
	tk_buf_adds(&path, dir);
	tk_buf_adds(&path, "/textkit-spill-XXXXXX");
	char *name = (char *)tk_buf_cstr(&path);
	int fd = mkstemp(name);
	FILE *f = NULL;
	if (fd >= 0) {
		unlink(name);
		f = fdopen(fd, "w+");
		if (f)
			setvbuf(f, NULL, _IOFBF, 64 << 10);
		else {
			int e = errno;
			close(fd);
			errno = e;
		}
	}
	tk_buf_free(&path);
	return f;
}

static bool put(FILE *f, const char *key, size_t len, uint64_t count)
{
	uint32_t l = (uint32_t)len;
	return fwrite(&count, sizeof count, 1, f) == 1 &&
	       fwrite(&l, sizeof l, 1, f) == 1 &&
	       (len == 0 || fwrite(key, 1, len, f) == len);
}

/* Write v[0..n) (already sorted) as a run appended to r. */
static int write_run(struct runlist *r, pthread_mutex_t *mu,
                     const struct tk_counter *c, const struct tk_entry *v,
                     size_t n)
{
	FILE *f = temp_file();
	if (!f)
		return TK_EIO;
	for (size_t i = 0; i < n; i++) {
		struct tk_entry e = c ? tk_counter_at(c, i) : v[i];
		if (!put(f, e.key, e.len, e.count)) {
			int err = errno;
			fclose(f);
			errno = err ? err : EIO;
			return TK_EIO;
		}
	}
	if (fflush(f) != 0 || fseek(f, 0, SEEK_SET) != 0) {
		int e = errno;
		fclose(f);
		errno = e;
		return TK_EIO;
	}
	if (mu)
		pthread_mutex_lock(mu);
	if (r->n == r->cap) {
		r->cap = xgrow(r->cap, r->n + 1, 8);
		r->f = xnrealloc(r->f, r->cap, sizeof *r->f);
	}
	r->f[r->n++] = f;
	if (mu)
		pthread_mutex_unlock(mu);
	return TK_OK;
}

static int compact(struct runlist *r, bool by_key);

int tk_spill_counter(struct tk_spill *s, struct tk_counter *c)
{
	size_t n = tk_counter_sort(c, TK_ORDER_KEY, NULL, NULL);
	int rc = write_run(&s->runs, &s->mu, c, NULL, n);
	tk_counter_clear(c);
	/* Keep open files bounded during counting too: fold runs together
	 * once there are twice the merge fan-in. */
	pthread_mutex_lock(&s->mu);
	if (rc == TK_OK && s->runs.n >= 2 * MAX_FAN)
		rc = compact(&s->runs, true);
	pthread_mutex_unlock(&s->mu);
	return rc;
}

/* --- k-way merge ------------------------------------------------------ */

struct head {
	FILE *f;
	struct tk_buf key;
	uint64_t count;
};

struct merge {
	struct head *h;
	size_t *heap; /* indexes into h, heap-ordered */
	size_t n;
	bool by_key;  /* else report order */
	int err;
};

/* Read the next record of h; false at the end (or error, in m->err). */
static bool advance(struct merge *m, struct head *h)
{
	uint64_t count;
	uint32_t len;
	if (fread(&count, sizeof count, 1, h->f) != 1) {
		if (ferror(h->f))
			m->err = TK_EIO;
		return false;
	}
	if (fread(&len, sizeof len, 1, h->f) != 1) {
		m->err = TK_EIO;
		return false;
	}
	tk_buf_clear(&h->key);
	tk_buf_reserve(&h->key, len + 1);
	if (len && fread(h->key.data, 1, len, h->f) != len) {
		m->err = TK_EIO;
		return false;
	}
	h->key.len = len;
	h->count = count;
	return true;
}

static bool less(const struct merge *m, size_t a, size_t b)
{
	const struct head *x = &m->h[a], *y = &m->h[b];
	if (!m->by_key) {
		if (x->count != y->count)
			return x->count > y->count;
	}
	return tk_key_cmp(x->key.data, x->key.len, y->key.data, y->key.len) < 0;
}

static void sift_down(struct merge *m, size_t i)
{
	for (;;) {
		size_t l = 2 * i + 1, r = l + 1, s = i;
		if (l < m->n && less(m, m->heap[l], m->heap[s]))
			s = l;
		if (r < m->n && less(m, m->heap[r], m->heap[s]))
			s = r;
		if (s == i)
			return;
		size_t t = m->heap[i];
		m->heap[i] = m->heap[s];
		m->heap[s] = t;
		i = s;
	}
}

static void merge_open(struct merge *m, struct runlist *r, bool by_key)
{
	*m = (struct merge){ 0 };
	m->by_key = by_key;
	m->h = xcalloc(r->n ? r->n : 1, sizeof *m->h);
	m->heap = xnmalloc(r->n ? r->n : 1, sizeof *m->heap);
	for (size_t i = 0; i < r->n; i++) {
		m->h[i].f = r->f[i];
		if (advance(m, &m->h[i]))
			m->heap[m->n++] = i;
	}
	for (size_t i = m->n / 2; i-- > 0;)
		sift_down(m, i);
}

/* The smallest head, or NULL when all runs are done.  The caller reads
 * it, then calls merge_pop. */
static struct head *merge_top(struct merge *m)
{
	return m->n ? &m->h[m->heap[0]] : NULL;
}

static void merge_pop(struct merge *m)
{
	if (!advance(m, &m->h[m->heap[0]]))
		m->heap[0] = m->heap[--m->n];
	sift_down(m, 0);
}

static void merge_close(struct merge *m, size_t nruns)
{
	for (size_t i = 0; i < nruns; i++)
		tk_buf_free(&m->h[i].key);
	free(m->h);
	free(m->heap);
}

/* Merge runs so that at most MAX_FAN remain: each pass merges the first
 * MAX_FAN runs into one (summing equal keys when by_key), which bounds
 * open files and heap size however small the memory limit was. */

static int compact(struct runlist *r, bool by_key)
{
	while (r->n > MAX_FAN) {
		struct runlist part = { r->f, MAX_FAN, MAX_FAN };
		struct merge m;
		merge_open(&m, &part, by_key);
		FILE *out = temp_file();
		if (!out) {
			merge_close(&m, MAX_FAN);
			return TK_EIO;
		}
		struct tk_buf key = TK_BUF_INIT;
		struct head *h;
		int rc = TK_OK;
		while (rc == TK_OK && (h = merge_top(&m)) != NULL) {
			tk_buf_clear(&key);
			tk_buf_add(&key, h->key.data, h->key.len);
			uint64_t sum = h->count;
			merge_pop(&m);
			while (by_key && (h = merge_top(&m)) != NULL &&
			       tk_key_cmp(h->key.data, h->key.len, key.data,
			                  key.len) == 0) {
				if (sum > UINT64_MAX - h->count)
					rc = TK_EOVERFLOW;
				sum += h->count;
				merge_pop(&m);
			}
			if (!put(out, key.data, key.len, sum))
				rc = TK_EIO;
		}
		tk_buf_free(&key);
		if (rc == TK_OK && m.err)
			rc = m.err;
		merge_close(&m, MAX_FAN);
		if (rc == TK_OK && (fflush(out) != 0 || fseek(out, 0, SEEK_SET) != 0))
			rc = TK_EIO;
		for (size_t i = 0; i < MAX_FAN; i++)
			fclose(r->f[i]);
		memmove(r->f, r->f + MAX_FAN, (r->n - MAX_FAN) * sizeof *r->f);
		r->n -= MAX_FAN;
		if (rc != TK_OK) {
			fclose(out);
			return rc;
		}
		r->f[r->n++] = out;
	}
	return TK_OK;
}

/* --- report ----------------------------------------------------------- */

/* Stage 2: merged (key, count) pairs collected for the report-order
 * sort, spilled as report-ordered runs when they pass the limit. */
struct stage2 {
	struct tk_arena arena;
	struct tk_entry *v;
	size_t n, cap;
	size_t limit;
	struct runlist runs;
	int err;
};

static int report_order(const void *a, const void *b)
{
	return tk_entry_cmp(a, b);
}

static void stage2_flush(struct stage2 *st)
{
	qsort(st->v, st->n, sizeof *st->v, report_order);
	if (st->err == TK_OK)
		st->err = write_run(&st->runs, NULL, NULL, st->v, st->n);
	st->n = 0;
	tk_arena_free(&st->arena);
}

static void stage2_add(struct stage2 *st, const char *key, size_t len,
                       uint64_t count)
{
	if (st->n == st->cap) {
		st->cap = xgrow(st->cap, st->n + 1, 1024);
		st->v = xnrealloc(st->v, st->cap, sizeof *st->v);
	}
	st->v[st->n++] = (struct tk_entry){ tk_arena_memdup(&st->arena, key, len),
	                                    len, count };
	if (tk_arena_bytes(&st->arena) + st->n * sizeof *st->v > st->limit)
		stage2_flush(st);
}

static void write_sorted(const struct tk_report_opts *o, struct tk_entry *v,
                         size_t n, uint64_t tokens, uint64_t types)
{
	qsort(v, n, sizeof *v, report_order);
	struct tk_report *r = tk_report_begin(o, tokens);
	for (size_t i = 0; i < n; i++)
		if (!tk_report_row(r, v[i].key, v[i].len, v[i].count))
			break;
	tk_report_end(r, tokens, types);
}

struct in_memory {
	tk_keep_fn keep;
	void *ctx;
	uint64_t min_count, tokens, types;
	int rc;
};

/* Selection for the in-memory report: keep() decides what counts at
 * all (totals), min_count only what is printed. */
static bool select_entry(void *ctx, const struct tk_entry *e)
{
	struct in_memory *m = ctx;
	if (m->keep && !m->keep(m->ctx, e->key, e->len))
		return false;
	m->types++;
	if (m->tokens > UINT64_MAX - e->count)
		m->rc = TK_EOVERFLOW;
	else
		m->tokens += e->count;
	return e->count >= m->min_count;
}

static int report_in_memory(struct tk_counter *c,
                            const struct tk_report_opts *o, tk_keep_fn keep,
                            void *ctx, uint64_t *tokens, uint64_t *types)
{
	struct in_memory m = { keep, ctx, o->min_count, 0, 0, TK_OK };
	size_t n = tk_counter_sort(c, TK_ORDER_REPORT, select_entry, &m);
	*tokens = m.tokens;
	*types = m.types;
	if (m.rc != TK_OK)
		return m.rc;
	struct tk_report *r = tk_report_begin(o, m.tokens);
	for (size_t i = 0; i < n; i++) {
		struct tk_entry e = tk_counter_at(c, i);
		if (!tk_report_row(r, e.key, e.len, e.count))
			break;
	}
	tk_report_end(r, m.tokens, m.types);
	return TK_OK;
}

int tk_spill_report(struct tk_spill *s, struct tk_counter *c,
                    const struct tk_report_opts *o, size_t limit,
                    tk_keep_fn keep, void *ctx, uint64_t *tokens,
                    uint64_t *types)
{
	if (!s || s->runs.n == 0)
		return report_in_memory(c, o, keep, ctx, tokens, types);
	int rc = TK_OK;
	if (tk_counter_size(c) && (rc = tk_spill_counter(s, c)) != TK_OK)
		return rc;

	if ((rc = compact(&s->runs, true)) != TK_OK)
		return rc;
	/* Stage 1: merge key-ordered runs, summing equal keys. */
	struct merge m;
	merge_open(&m, &s->runs, true);
	struct stage2 st = { .limit = limit ? limit : SIZE_MAX };
	struct tk_buf key = TK_BUF_INIT;
	uint64_t tok = 0, typ = 0;
	struct head *h;
	while ((h = merge_top(&m)) != NULL) {
		tk_buf_clear(&key);
		tk_buf_add(&key, h->key.data, h->key.len);
		uint64_t sum = h->count;
		merge_pop(&m);
		while ((h = merge_top(&m)) != NULL &&
		       tk_key_cmp(h->key.data, h->key.len, key.data, key.len) == 0) {
			if (sum > UINT64_MAX - h->count)
				rc = TK_EOVERFLOW;
			else
				sum += h->count;
			merge_pop(&m);
		}
		if (keep && !keep(ctx, key.data, key.len))
			continue;
		typ++;
		if (tok > UINT64_MAX - sum)
			rc = TK_EOVERFLOW;
		else
			tok += sum;
		if (sum >= o->min_count)
			stage2_add(&st, key.data, key.len, sum);
	}
	tk_buf_free(&key);
	if (m.err)
		rc = m.err;
	merge_close(&m, s->runs.n);
	runs_close(&s->runs);
	*tokens = tok;
	*types = typ;

	/* Stage 2: report order, in memory when it fits. */
	if (rc == TK_OK && st.runs.n == 0) {
		write_sorted(o, st.v, st.n, tok, typ);
	} else if (rc == TK_OK) {
		if (st.n)
			stage2_flush(&st);
		rc = st.err;
		if (rc == TK_OK)
			rc = compact(&st.runs, false);
		if (rc == TK_OK) {
			merge_open(&m, &st.runs, false);
			struct tk_report *r = tk_report_begin(o, tok);
			while ((h = merge_top(&m)) != NULL) {
				if (!tk_report_row(r, h->key.data, h->key.len,
				                   h->count))
					break;
				merge_pop(&m);
			}
			if (m.err)
				rc = m.err;
			else
				tk_report_end(r, tok, typ);
			merge_close(&m, st.runs.n);
		}
	}
	free(st.v);
	tk_arena_free(&st.arena);
	runs_close(&st.runs);
	return rc;
}
