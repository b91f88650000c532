/* tokmatch.c - token keys and the pattern automaton (see tokmatch.h).
 *
 * Invariant: bit j of `state` is set when the last j + 1 tokens fed
 * match the first j + 1 tokens of the pattern (shift-and). */
#include "tokmatch.h"
#include "casemap.h"
#include "stem.h"
#include "base/utf8.h"
#include "base/xalloc.h"

#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct tk_tokmatch {
	struct tk_tokmatch_opts o;
	unsigned n;                       /* pattern tokens */
	struct tk_buf lit[TK_TOKMATCH_MAX]; /* literal keys */
	regex_t re[TK_TOKMATCH_MAX];
	uint64_t state;
	struct tk_stemmer *stemmer;
	struct tk_buf key;                /* scratch: the current token's key */
	bool fast;                        /* one folded literal, no stem */
};

static bool is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
	       c == '\f';
}

void tk_tokmatch_key(struct tk_tokmatch *m, const char *s, size_t n,
                     enum tk_token_type type, struct tk_buf *out)
{
	if (m->o.case_sensitive) {
		tk_buf_add(out, s, n);
		return;
	}
	if (!m->stemmer || !tk_token_is_word(type)) {
		tk_casemap(TK_CASE_FOLD, NULL, s, n, out);
		return;
	}
	size_t start = out->len, len;
	tk_casemap(TK_CASE_FOLD, NULL, s, n, out);
	const char *st = tk_stem(m->stemmer, out->data + start, out->len - start,
	                         &len);
	out->len = start;
	tk_buf_add(out, st, len);
}

struct split {
	struct tk_tokmatch *m;
	const char *err;
};

static int add_literal(void *ctx, const struct tk_token *t)
{
	struct split *sp = ctx;
	struct tk_tokmatch *m = sp->m;
	if (m->n == TK_TOKMATCH_MAX) {
		sp->err = "too many tokens in the phrase";
		return 1;
	}
	tk_tokmatch_key(m, t->p, t->len, t->type, &m->lit[m->n]);
	m->n++;
	return 0;
}

/* Size of the automaton glibc's regcomp() builds for an ERE, roughly:
 * it copies a repeated atom once per count ((ab){3} is ababab), so nested
 * counts multiply, and a repetition right after another (a++, undefined
 * in POSIX) takes it memory exponential in the run's length.  NULL if
 * s[0..n) is fine, else why not.  Bracket expressions and escaped
 * characters are single atoms. */
enum { RE_COST_MAX = 100000, RE_DEPTH_MAX = 64 };

static size_t bracket_end(const char *s, size_t n, size_t i)
{
	size_t j = i + 1;
	if (j < n && s[j] == '^')
		j++;
	if (j < n && s[j] == ']')
		j++;
	while (j < n && s[j] != ']') {
		if (s[j] == '[' && j + 1 < n &&
		    (s[j + 1] == ':' || s[j + 1] == '.' || s[j + 1] == '=')) {
			char d = s[j + 1];
			j += 2;
			while (j + 1 < n && !(s[j] == d && s[j + 1] == ']'))
				j++;
			j++;
		}
		j++;
	}
	return j;
}

static const char *regex_cost(const char *s, size_t n)
{
	double sum[RE_DEPTH_MAX + 1] = { 0 }, last = 0;
	int depth = 0;
	bool after_rep = false;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		double k = 0;
		if (c == '*' || c == '+' || c == '?')
			k = 2;
		else if (c == '{') {
			double m = 0, cur = 0;
			for (i++; i < n && s[i] != '}'; i++) {
				if (s[i] >= '0' && s[i] <= '9')
					cur = cur * 10 + (s[i] - '0');
				else {
					m = cur > m ? cur : m;
					cur = 0;
				}
			}
			k = (cur > m ? cur : m) + 1;
		}
		if (k > 0) {
			if (after_rep)
				return "a repetition operator follows another";
			sum[depth] += last * (k - 1);
			last *= k;
			after_rep = true;
		} else {
			after_rep = false;
			if (c == '(') {
				if (depth == RE_DEPTH_MAX)
					return "groups nested too deep";
				sum[++depth] = 0;
				last = 0;
				continue;
			}
			if (c == ')' && depth > 0) {
				last = sum[depth--] + 1;
				sum[depth] += last;
				continue;
			}
			if (c == '\\')
				i++;
			else if (c == '[')
				i = bracket_end(s, n, i);
			last = 1;
			sum[depth] += 1;
		}
		if (sum[depth] > RE_COST_MAX || last > RE_COST_MAX)
			return "too large (its repetition counts multiply to more "
			       "than 100000)";
	}
	return NULL;
}

static int add_regex(struct tk_tokmatch *m, const char *s, size_t n,
                     char *err, size_t errsize)
{
	const char *why = regex_cost(s, n);
	if (why) {
		snprintf(err, errsize, "bad regular expression '%.*s': %s",
		         (int)(n > 200 ? 200 : n), s, why);
		return TK_EINVAL;
	}
	if (m->n == TK_TOKMATCH_MAX) {
		snprintf(err, errsize, "too many tokens in the phrase");
		return TK_EINVAL;
	}
	if (memchr(s, '\0', n)) {
		snprintf(err, errsize, "a NUL byte in the regular expression");
		return TK_EINVAL;
	}
	struct tk_buf b = TK_BUF_INIT;
	tk_buf_adds(&b, "^(");
	tk_buf_add(&b, s, n);
	tk_buf_adds(&b, ")$");
	int flags = REG_EXTENDED | REG_NOSUB;
	if (!m->o.case_sensitive)
		flags |= REG_ICASE;
	int rc = regcomp(&m->re[m->n], tk_buf_cstr(&b), flags);
	tk_buf_free(&b);
	if (rc != 0) {
		char msg[128];
		regerror(rc, &m->re[m->n], msg, sizeof msg);
		snprintf(err, errsize, "bad regular expression '%.*s': %s",
		         (int)(n > 200 ? 200 : n), s, msg);
		return TK_EINVAL;
	}
	m->n++;
	return TK_OK;
}

static int compile(struct tk_tokmatch *m, const char *s, size_t n, char *err,
                   size_t errsize)
{
	if (!m->o.phrase)
		for (size_t i = 0; i < n; i++)
			if (is_space((unsigned char)s[i])) {
				snprintf(err, errsize, "the pattern holds white space "
				         "(a token never does): use --phrase");
				return TK_EINVAL;
			}
	if (m->o.regex) {
		size_t i = 0;
		while (i < n) {
			while (i < n && is_space((unsigned char)s[i]))
				i++;
			size_t j = i;
			while (j < n && !is_space((unsigned char)s[j]))
				j++;
			if (j > i) {
				int rc = add_regex(m, s + i, j - i, err, errsize);
				if (rc)
					return rc;
			}
			i = j;
		}
	} else {
		struct tk_tokenizer_opts to = { 0 };
		struct tk_tokenizer *t = tk_tokenizer_new(&to);
		struct split sp = { m, NULL };
		tk_tokenize(t, s, n, add_literal, &sp);
		tk_tokenizer_free(t);
		if (sp.err) {
			snprintf(err, errsize, "%s (at most %d)", sp.err,
			         TK_TOKMATCH_MAX);
			return TK_EINVAL;
		}
		if (m->n > 1 && !m->o.phrase) {
			snprintf(err, errsize, "the pattern is %u tokens: use "
			         "--phrase", m->n);
			return TK_EINVAL;
		}
	}
	if (m->n == 0) {
		snprintf(err, errsize, "empty pattern");
		return TK_EINVAL;
	}
	return TK_OK;
}

int tk_tokmatch_new(const char *s, size_t n, const struct tk_tokmatch_opts *o,
                    struct tk_tokmatch **out, char *err, size_t errsize)
{
	struct tk_tokmatch *m = xcalloc(1, sizeof *m);
	m->o = *o;
	if (o->stem && !o->case_sensitive) {
		m->stemmer = tk_stemmer_new(o->stem);
		if (!m->stemmer) {
			snprintf(err, errsize, "no stemmer for '%s'", o->stem);
			tk_tokmatch_free(m);
			return TK_EINVAL;
		}
	}
	int rc = compile(m, s, n, err, errsize);
	if (rc) {
		tk_tokmatch_free(m);
		return rc;
	}
	m->fast = !o->regex && !m->stemmer && m->n == 1;
	*out = m;
	return TK_OK;
}

void tk_tokmatch_free(struct tk_tokmatch *m)
{
	if (!m)
		return;
	for (unsigned i = 0; i < m->n; i++) {
		if (m->o.regex)
			regfree(&m->re[i]);
		tk_buf_free(&m->lit[i]);
	}
	tk_stemmer_free(m->stemmer);
	tk_buf_free(&m->key);
	free(m);
}

unsigned tk_tokmatch_len(const struct tk_tokmatch *m)
{
	return m->n;
}

void tk_tokmatch_reset(struct tk_tokmatch *m)
{
	m->state = 0;
}

/* Whether key k[0..n) matches pattern token j. */
static bool key_matches(struct tk_tokmatch *m, unsigned j, const char *k,
                        size_t n)
{
	if (!m->o.regex)
		return m->lit[j].len == n && memcmp(m->lit[j].data, k, n) == 0;
	if (memchr(k, '\0', n))
		return false; /* regexec reads a C string */
	tk_buf_addc(&m->key, '\0');
	bool r = regexec(&m->re[j], m->key.data, 0, NULL, 0) == 0;
	m->key.len--;
	return r;
}

static bool advance(struct tk_tokmatch *m, uint64_t hits)
{
	m->state = ((m->state << 1) | 1) & hits;
	return (m->state >> (m->n - 1)) & 1;
}

bool tk_tokmatch_step_slow(struct tk_tokmatch *m, const char *s, size_t n,
                           enum tk_token_type type)
{
	tk_buf_clear(&m->key);
	tk_tokmatch_key(m, s, n, type, &m->key);
	uint64_t hits = 0;
	for (unsigned j = 0; j < m->n; j++)
		if (key_matches(m, j, m->key.data, m->key.len))
			hits |= (uint64_t)1 << j;
	return advance(m, hits);
}

static const unsigned char lower[128] = {
#define L(c) ((c) >= 'A' && (c) <= 'Z' ? (c) + 32 : (c))
#define R8(b) L(b), L(b + 1), L(b + 2), L(b + 3), L(b + 4), L(b + 5), \
	      L(b + 6), L(b + 7)
	R8(0), R8(8), R8(16), R8(24), R8(32), R8(40), R8(48), R8(56),
	R8(64), R8(72), R8(80), R8(88), R8(96), R8(104), R8(112), R8(120)
#undef R8
#undef L
};

bool tk_tokmatch_step(struct tk_tokmatch *m, const char *s, size_t n,
                      enum tk_token_type type)
{
	if (!m->fast)
		return tk_tokmatch_step_slow(m, s, n, type);
	const unsigned char *p = (const unsigned char *)m->lit[0].data;
	size_t pn = m->lit[0].len;
	const unsigned char *u = (const unsigned char *)s;
	if (m->o.case_sensitive)
		return advance(m, n == pn && memcmp(s, p, n) == 0);
	for (size_t i = 0; i < n; i++) {
		if (u[i] >= 0x80)
			return tk_tokmatch_step_slow(m, s, n, type);
		if (i >= pn || lower[u[i]] != p[i])
			return advance(m, 0);
	}
	return advance(m, n == pn);
}
