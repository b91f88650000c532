/* table.c - the count table of the public API: lib/count/counter, a
 * word counter over lib/text/token, and the table read back in
 * wordfreq's order. */
#include "api.h"
#include "base/space.h"
#include "base/xalloc.h"
#include "count/counter.h"
#include "text/casemap.h"
#include "text/token.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct textkit_counter {
	struct tk_counter *c;
	struct tk_tokenizer *tk;   /* made on first textkit_counter_add_words */
	struct tk_buf fold;
	int rc;                    /* the first error of add_words */
};

struct textkit_counter *textkit_counter_new(void)
{
	struct textkit_counter *c = xcalloc(1, sizeof *c);
	c->c = tk_counter_new(0);
	return c;
}

void textkit_counter_free(struct textkit_counter *c)
{
	if (!c)
		return;
	tk_counter_free(c->c);
	if (c->tk)
		tk_tokenizer_free(c->tk);
	tk_buf_free(&c->fold);
	free(c);
}

int textkit_counter_add(struct textkit_counter *c, const char *key,
                        size_t len, uint64_t n)
{
	return tk_counter_add(c->c, key, len, n);
}

static int count_word(void *ctx, const struct tk_token *t)
{
	struct textkit_counter *c = ctx;
	if (!tk_token_is_word(t->type))
		return 0;
	tk_buf_clear(&c->fold);
	tk_casemap(TK_CASE_FOLD, NULL, t->p, t->len, &c->fold);
	int rc = tk_counter_add(c->c, c->fold.data, c->fold.len, 1);
	if (rc != TK_OK && c->rc == TK_OK)
		c->rc = rc;
	return 0;
}

int textkit_counter_add_words(struct textkit_counter *c, const char *s,
                              size_t n)
{
	if (!tk_api_valid(s, n))
		return TEXTKIT_EILSEQ;
	if (!c->tk)
		c->tk = tk_tokenizer_new(&(struct tk_tokenizer_opts){ 0 });
	c->rc = TK_OK;
	while (n > 0) {
		const char *e = memchr(s, '\n', n);
		size_t len = e ? (size_t)(e - s) : n;
		tk_tokenizer_para_end(c->tk, tk_line_ends_para(s + len, n - len,
		                                               '\n'));
		tk_tokenize_line(c->tk, s, len, false, count_word, c);
		if (!e)
			break;
		s += len + 1;
		n -= len + 1;
	}
	return c->rc;
}

uint64_t textkit_counter_get(const struct textkit_counter *c,
                             const char *key, size_t len)
{
	return tk_counter_get(c->c, key, len);
}

size_t textkit_counter_size(const struct textkit_counter *c)
{
	return tk_counter_size(c->c);
}

static int by_report_order(const void *a, const void *b)
{
	const struct tk_entry *x = a, *y = b;
	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	size_t m = x->len < y->len ? x->len : y->len;
	int d = memcmp(x->key, y->key, m);
	if (d)
		return d;
	return (x->len > y->len) - (x->len < y->len);
}

struct textkit_entry *textkit_counter_sorted(const struct textkit_counter *c,
                                             size_t *n)
{
	*n = tk_counter_size(c->c);
	if (*n == 0)
		return NULL;
	struct tk_entry *v = tk_counter_entries(c->c);
	qsort(v, *n, sizeof *v, by_report_order);
	/* The keys, each with a NUL (the table keeps none), follow the
	 * array in the same allocation: one textkit_free() frees both. */
	size_t size = *n * sizeof(struct textkit_entry); /* as v's */
	for (size_t i = 0; i < *n; i++) {
		if (v[i].len >= SIZE_MAX - size)
			xalloc_die();
		size += v[i].len + 1;
	}
	struct textkit_entry *out = xmalloc(size);
	char *k = (char *)(out + *n);
	for (size_t i = 0; i < *n; i++) {
		if (v[i].len)
			memcpy(k, v[i].key, v[i].len);
		k[v[i].len] = '\0';
		out[i] = (struct textkit_entry){ k, v[i].len, v[i].count };
		k += v[i].len + 1;
	}
	free(v);
	return out;
}
