/* parallel.c - blocks of whole lines to worker threads (see parallel.h).
 *
 * One producer (the caller) and `jobs` consumers around a bounded queue
 * guarded by one mutex.  Blocks are 1 MiB: large enough that locking is
 * noise (about 45 hand-offs for the 43 MB benchmark text), small enough
 * that the last block leaves the other threads idle only briefly.
 * Buffers are recycled through a free list, so steady state allocates
 * nothing. */
#include "parallel.h"
#include "base/buf.h"
#include "base/space.h"
#include "text/token.h"
#include "base/xalloc.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* A block, and whether the text (an operand) ends with it. */
struct block {
	struct tk_buf b;
	bool end;
};

struct pool {
	pthread_mutex_t mu;
	pthread_cond_t nonempty, nonfull;
	struct block *q;       /* ring of pending blocks */
	size_t qcap, qhead, qlen;
	struct tk_buf *spare;  /* recycled buffers */
	size_t nspare;
	bool done;
	tk_block_fn fn;
};

struct worker {
	struct pool *p;
	void *state;
	pthread_t tid;
};

static void *work(void *arg)
{
	struct worker *w = arg;
	struct pool *p = w->p;
	for (;;) {
		pthread_mutex_lock(&p->mu);
		while (p->qlen == 0 && !p->done)
			pthread_cond_wait(&p->nonempty, &p->mu);
		if (p->qlen == 0) {
			pthread_mutex_unlock(&p->mu);
			return NULL;
		}
		struct tk_buf b = p->q[p->qhead].b;
		bool end = p->q[p->qhead].end;
		p->qhead = (p->qhead + 1) % p->qcap;
		p->qlen--;
		pthread_cond_signal(&p->nonfull);
		pthread_mutex_unlock(&p->mu);

		p->fn(w->state, b.data, b.len, end);

		b.len = 0;
		pthread_mutex_lock(&p->mu);
		if (p->nspare < p->qcap)
			p->spare[p->nspare++] = b;
		else
			tk_buf_free(&b);
		pthread_mutex_unlock(&p->mu);
	}
}

/* Hand b to a worker (threads) or run it here (nthreads == 0); b gets a
 * fresh empty buffer. */
static void submit(struct pool *p, int nthreads, void *state0,
                   struct tk_buf *b, bool end)
{
	if (nthreads == 0) {
		p->fn(state0, b->data, b->len, end);
		b->len = 0;
		return;
	}
	pthread_mutex_lock(&p->mu);
	while (p->qlen == p->qcap)
		pthread_cond_wait(&p->nonfull, &p->mu);
	p->q[(p->qhead + p->qlen) % p->qcap] = (struct block){ *b, end };
	p->qlen++;
	pthread_cond_signal(&p->nonempty);
	if (p->nspare)
		*b = p->spare[--p->nspare];
	else
		*b = (struct tk_buf)TK_BUF_INIT;
	pthread_mutex_unlock(&p->mu);
}

static size_t last_term(const char *s, size_t n, char term)
{
	while (n > 0 && s[n - 1] != term)
		n--;
	return n;
}

/* Does the line that ends before s[end] (a terminator) need to know
 * the line after it (tk_token_lone_period)?  Its start in *start. */
static bool held_before(const char *s, size_t end, char term, size_t *start)
{
	*start = last_term(s, end, term);
	return tk_token_lone_period(s + *start, end - *start);
}

/* Where a block of s[0..safe) (the text read so far is s[0..len)) may
 * end, so that a worker can tell whether a blank line follows each line
 * that needs to know: not after such a line unless the line after it is
 * known not to be blank (the worker then takes it as followed by text),
 * nor after one followed only by a piece of a line cut short that holds
 * white space so far, unless that piece is longer than a record (then
 * blank, as lib/input says, and memory stays bounded). */
static size_t before_held(const char *s, size_t safe, size_t len, char term)
{
	if (safe == 0)
		return 0;
	size_t ls;
	if (s[safe - 1] == term) {
		if (!held_before(s, safe - 1, term, &ls))
			return safe;
		int b = tk_line_blank(s + safe, len - safe, term, false);
		if (b == 0)
			return safe;
		/* (the block takes white space that long with it) */
		return tk_blank_beyond(b, len - safe, TK_RECORD_MAX) ? len : ls;
	}
	ls = last_term(s, safe, term); /* the piece: s[ls..safe) */
	if (ls == 0)
		return safe;
	int b = tk_line_blank(s + ls, safe - ls, term, false);
	if (b == 0 || tk_blank_beyond(b, safe - ls, TK_RECORD_MAX))
		return safe;
	size_t ps;
	return held_before(s, ls - 1, term, &ps) ? ps : safe;
}

int tk_parallel_run(struct tk_input *in, char term, int jobs, void **states,
                    tk_block_fn fn, tk_cut_fn cut)
{
	int rc = TK_OK;
	struct pool p = { .fn = fn };
	struct worker *w = NULL;
	int nthreads = 0;
	if (jobs > 1) {
		pthread_mutex_init(&p.mu, NULL);
		pthread_cond_init(&p.nonempty, NULL);
		pthread_cond_init(&p.nonfull, NULL);
		p.qcap = (size_t)jobs + 1;
		p.q = xnmalloc(p.qcap, sizeof *p.q);
		p.spare = xnmalloc(p.qcap, sizeof *p.spare);
		w = xnmalloc((size_t)jobs, sizeof *w);
		for (int i = 0; i < jobs; i++) {
			w[nthreads] = (struct worker){ &p, states[i], 0 };
			if (pthread_create(&w[nthreads].tid, NULL, work,
			                   &w[nthreads]) != 0) {
				rc = TK_EIO;
				break;
			}
			nthreads++;
		}
	}

	struct tk_buf cur = TK_BUF_INIT, rest = TK_BUF_INIT;
	bool cut_line = false; /* cur ends inside a line */
	struct tk_record rec;
	for (;;) {
		bool more_input = tk_input_next_block(in, &rec);
		/* A file's end is the end of its text (lib/input's
		 * para_end): its last line, if it needs to know, ends a
		 * block that says so. */
		size_t ls;
		if (more_input && rec.file_start && cur.len > 0 &&
		    held_before(cur.data, cur.len - 1, term, &ls))
			submit(&p, nthreads, states[0], &cur, true);
		if (more_input) {
			tk_buf_add(&cur, rec.p, rec.len);
			cut_line = rec.more;
			/* A file's last line without a terminator still ends
			 * there, not in the next file's first line. */
			if (!rec.more && rec.len && rec.p[rec.len - 1] != term)
				tk_buf_addc(&cur, term);
			if (cur.len < TK_PARALLEL_BLOCK)
				continue;
		}
		size_t safe = cur.len;
		if (cut_line && more_input) {
			safe = last_term(cur.data, cur.len, term);
			if (cut)
				safe += cut(cur.data + safe, cur.len - safe);
		}
		if (more_input)
			safe = before_held(cur.data, safe, cur.len, term);
		if (safe > 0) {
			tk_buf_clear(&rest);
			tk_buf_add(&rest, cur.data + safe, cur.len - safe);
			cur.len = safe;
			submit(&p, nthreads, states[0], &cur, !more_input);
			tk_buf_add(&cur, rest.data, rest.len);
		}
		if (!more_input)
			break;
	}
	tk_buf_free(&cur);
	tk_buf_free(&rest);

	if (jobs > 1) {
		pthread_mutex_lock(&p.mu);
		p.done = true;
		pthread_cond_broadcast(&p.nonempty);
		pthread_mutex_unlock(&p.mu);
		for (int i = 0; i < nthreads; i++)
			pthread_join(w[i].tid, NULL);
		for (size_t i = 0; i < p.nspare; i++)
			tk_buf_free(&p.spare[i]);
		free(p.q);
		free(p.spare);
		free(w);
		pthread_mutex_destroy(&p.mu);
		pthread_cond_destroy(&p.nonempty);
		pthread_cond_destroy(&p.nonfull);
	}
	return rc;
}

void tk_parallel_lines(const char *p, size_t n, char term, bool end,
                       tk_line_fn fn, void *ctx)
{
	while (n > 0) {
		const char *e = memchr(p, term, n);
		size_t len = e ? (size_t)(e - p) : n;
		/* (most lines cannot need it and skip the next line) */
		fn(ctx, p, len,
		   !tk_token_may_be_lone(p, len) ? false
		   : e && e + 1 < p + n ? tk_line_ends_para(e, n - len, term) : end);
		if (!e)
			break;
		n -= len + 1;
		p = e + 1;
	}
}

int tk_parallel_default_jobs(char **files, int nfiles, uint64_t min_bytes)
{
	if (nfiles == 0)
		return 1;
	uint64_t total = 0;
	for (int i = 0; i < nfiles; i++) {
		struct stat st;
		if (strcmp(files[i], "-") == 0 || stat(files[i], &st) != 0 ||
		    !S_ISREG(st.st_mode))
			return 1;
		total += (uint64_t)st.st_size;
	}
	if (total <= min_bytes)
		return 1;
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n < 1 ? 1 : n > 64 ? 64 : (int)n;
}
