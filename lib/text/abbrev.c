/* abbrev.c - abbreviation lists (see abbrev.h).
 *
 * One open-addressing hash table (linear probing, FNV-1a, load <= 1/2)
 * maps a word to what the list knows about it: its abbreviation kind and
 * whether it is a sentence starter; the same word may be both ("No." is
 * an abbreviation before numbers, "No" starts sentences).  Lists are a
 * few hundred words, looked up once per candidate boundary, so the
 * table favours simplicity over speed. */
#include "abbrev.h"
#include "base/utf8.h"
#include "base/xalloc.h"

#include "base/buf.h"

#include <unicase.h>

#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct entry {
	char *key;          /* NULL: empty slot */
	uint8_t len;
	uint8_t kind;       /* enum tk_abbrev_kind | TK_ABBR_F_WORD */
	bool starter;
};

struct tk_abbrev {
	struct entry *tab;
	size_t cap, used;   /* cap: a power of two */
	bool ordinals;
	struct tk_abbrev_key *keys; /* tk_abbrev_keys(), rebuilt on change */
	size_t nkeys;
};

/* Generated from data/abbrev/ (lib/text/gen/abbrev_data.c). */
struct tk_abbrev_builtin {
	const char *lang;
	const char *text;
	size_t len;
};
extern const struct tk_abbrev_builtin tk_abbrev_builtins[];
extern const size_t tk_abbrev_nbuiltins;

static uint32_t hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

struct tk_abbrev *tk_abbrev_new(void)
{
	struct tk_abbrev *a = xcalloc(1, sizeof *a);
	a->cap = 256;
	a->tab = xcalloc(a->cap, sizeof *a->tab);
	return a;
}

void tk_abbrev_free(struct tk_abbrev *a)
{
	if (!a)
		return;
	for (size_t i = 0; i < a->cap; i++)
		free(a->tab[i].key);
	free(a->tab);
	free(a->keys);
	free(a);
}

static struct entry *find(const struct tk_abbrev *a, const char *w, size_t n)
{
	size_t mask = a->cap - 1;
	for (size_t i = hash(w, n) & mask;; i = (i + 1) & mask) {
		struct entry *e = &a->tab[i];
		if (!e->key || (e->len == n && memcmp(e->key, w, n) == 0))
			return e;
	}
}

static void grow(struct tk_abbrev *a)
{
	struct entry *old = a->tab;
	size_t oldcap = a->cap;
	a->cap *= 2;
	a->tab = xcalloc(a->cap, sizeof *a->tab);
	for (size_t i = 0; i < oldcap; i++)
		if (old[i].key)
			*find(a, old[i].key, old[i].len) = old[i];
	free(old);
}

static struct entry *insert(struct tk_abbrev *a, const char *w, size_t n)
{
	if (2 * (a->used + 1) > a->cap)
		grow(a);
	struct entry *e = find(a, w, n);
	if (!e->key) {
		e->key = xmemdup(w, n);
		e->len = (uint8_t)n;
		a->used++;
	}
	return e;
}

static bool is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

/* One line, comments and surrounding blanks already removed. */
static int add_line(struct tk_abbrev *a, const char *s, size_t n)
{
	if (n == 9 && memcmp(s, "@ordinals", 9) == 0) {
		a->ordinals = true;
		return TK_OK;
	}
	size_t w = 0;
	while (w < n && !is_blank(s[w]))
		w++;
	const char *flag = s + w;
	size_t fn = n - w;
	while (fn > 0 && is_blank(*flag))
		flag++, fn--;
	if (s[0] == '@' || w > TK_ABBREV_MAXLEN + 1)
		return TK_EINVAL;
	if (s[w - 1] != '.') {
		if (fn)
			return TK_EINVAL;
		insert(a, s, w)->starter = true;
		return TK_OK;
	}
	if (w < 2)
		return TK_EINVAL;
	uint8_t kind = TK_ABBR_PLAIN;
	if (fn == 5 && memcmp(flag, "title", 5) == 0)
		kind = TK_ABBR_TITLE;
	else if (fn == 3 && memcmp(flag, "num", 3) == 0)
		kind = TK_ABBR_NUM;
	else if (fn == 4 && memcmp(flag, "word", 4) == 0)
		kind = TK_ABBR_PLAIN | TK_ABBR_F_WORD;
	else if (fn)
		return TK_EINVAL;
	insert(a, s, w - 1)->kind = kind;
	return TK_OK;
}

static bool ascii_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

static int key_cmp(const void *x, const void *y)
{
	uint64_t a = ((const struct tk_abbrev_key *)x)->key;
	uint64_t b = ((const struct tk_abbrev_key *)y)->key;
	return a < b ? -1 : a > b;
}

/* a->keys from the table: each abbreviation of 1-8 ASCII letters, all
 * lower case (-> lower), capitalised or in capitals (-> cap). */
static void build_keys(struct tk_abbrev *a)
{
	free(a->keys);
	a->keys = xnmalloc(a->used ? a->used : 1, sizeof *a->keys);
	a->nkeys = 0;
	for (size_t i = 0; i < a->cap; i++) {
		const struct entry *e = &a->tab[i];
		if (!e->key || !e->kind || e->len > 8)
			continue;
		char w[8] = { 0 };
		bool lower = true, cap = ascii_upper((unsigned char)e->key[0]),
		     caps = true;
		size_t k;
		for (k = 0; k < e->len; k++) {
			unsigned char c = (unsigned char)e->key[k];
			if (!ascii_lower(c) && !ascii_upper(c))
				break;
			lower &= ascii_lower(c);
			caps &= ascii_upper(c);
			if (k > 0)
				cap &= ascii_lower(c);
			w[k] = (char)(c | 0x20);
		}
		if (k < e->len || !(lower || cap || caps))
			continue;
		struct tk_abbrev_key key = { tk_abbrev_be64(w), 0, 0, 0 };
		if (lower)
			key.lower = e->kind;
		else if (cap)
			key.cap = e->kind;
		else
			key.caps = e->kind;
		a->keys[a->nkeys++] = key;
	}
	qsort(a->keys, a->nkeys, sizeof *a->keys, key_cmp);
	/* merge the lower-case and capitalised entries of one word */
	size_t o = 0;
	for (size_t i = 0; i < a->nkeys; i++) {
		if (o > 0 && a->keys[o - 1].key == a->keys[i].key) {
			a->keys[o - 1].lower |= a->keys[i].lower;
			a->keys[o - 1].cap |= a->keys[i].cap;
			a->keys[o - 1].caps |= a->keys[i].caps;
		} else
			a->keys[o++] = a->keys[i];
	}
	a->nkeys = o;
}

const struct tk_abbrev_key *tk_abbrev_keys(const struct tk_abbrev *a,
                                           size_t *n)
{
	*n = a->nkeys;
	return a->keys;
}

static int add_text(struct tk_abbrev *a, const char *s, size_t n,
                    size_t *errline);

int tk_abbrev_add_text(struct tk_abbrev *a, const char *s, size_t n,
                       size_t *errline)
{
	int r = add_text(a, s, n, errline);
	build_keys(a);
	return r;
}

static int add_text(struct tk_abbrev *a, const char *s, size_t n,
                    size_t *errline)
{
	size_t line = 0;
	while (n > 0) {
		const char *nl = memchr(s, '\n', n);
		size_t len = nl ? (size_t)(nl - s) : n;
		const char *p = s;
		size_t m = len;
		line++;
		const char *hash_ = memchr(p, '#', m);
		if (hash_)
			m = (size_t)(hash_ - p);
		while (m > 0 && is_blank(*p))
			p++, m--;
		while (m > 0 && is_blank(p[m - 1]))
			m--;
		if (m > 0 && add_line(a, p, m) != TK_OK) {
			if (errline)
				*errline = line;
			return TK_EINVAL;
		}
		if (!nl)
			break;
		s += len + 1;
		n -= len + 1;
	}
	return TK_OK;
}

int tk_abbrev_add_builtin(struct tk_abbrev *a, const char *lang)
{
	for (size_t i = 0; i < tk_abbrev_nbuiltins; i++)
		if (strcmp(tk_abbrev_builtins[i].lang, lang) == 0)
			return tk_abbrev_add_text(a, tk_abbrev_builtins[i].text,
			                          tk_abbrev_builtins[i].len, NULL);
	return TK_EINVAL;
}

int tk_abbrev_add_file(struct tk_abbrev *a, const char *path,
                       size_t *errline)
{
	int fd = open(path, O_RDONLY);
	if (fd < 0)
		return TK_EIO;
	struct tk_buf b = TK_BUF_INIT;
	for (;;) {
		tk_buf_reserve(&b, 65536);
		ssize_t r = read(fd, b.data + b.len, b.cap - b.len);
		if (r < 0) {
			int e = errno;
			close(fd);
			tk_buf_free(&b);
			errno = e;
			return TK_EIO;
		}
		if (r == 0)
			break;
		b.len += (size_t)r;
	}
	close(fd);
	int r = tk_abbrev_add_text(a, b.data, b.len, errline);
	tk_buf_free(&b);
	return r;
}

/* The shared English list: built by the first caller, published with a
 * compare-and-swap (a thread that loses the race frees its copy). */
static _Atomic(struct tk_abbrev *) default_list;

const struct tk_abbrev *tk_abbrev_default(void)
{
	struct tk_abbrev *d = atomic_load_explicit(&default_list,
	                                           memory_order_acquire);
	if (d)
		return d;
	struct tk_abbrev *a = tk_abbrev_new();
	tk_abbrev_add_builtin(a, "en");
	if (!atomic_compare_exchange_strong_explicit(&default_list, &d, a,
	                                             memory_order_acq_rel,
	                                             memory_order_acquire)) {
		tk_abbrev_free(a);
		return d;
	}
	return a;
}

static const struct entry *lookup(const struct tk_abbrev *a, const char *w,
                                  size_t n)
{
	if (n == 0 || n > TK_ABBREV_MAXLEN)
		return NULL;
	const struct entry *e = find(a, w, n);
	return e->key ? e : NULL;
}

/* w[0..n) of ASCII letters, in capitals after the first (two or more
 * letters): the kind of its lower-case or capitalised form. */
static unsigned lookup_caps(const struct tk_abbrev *a, const char *w, size_t n)
{
	if (n < 2 || n > TK_ABBREV_MAXLEN)
		return 0;
	char k[TK_ABBREV_MAXLEN];
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)w[i];
		if (i > 0 ? !ascii_upper(c) : !ascii_upper(c) && !ascii_lower(c))
			return 0;
		k[i] = (char)(c | 0x20);
	}
	const struct entry *e = lookup(a, k, n);
	if (e && e->kind)
		return e->kind;
	k[0] = (char)(k[0] - 32);
	e = lookup(a, k, n);
	return e ? e->kind : 0;
}

static unsigned lookup_kind(const struct tk_abbrev *a, const char *w, size_t n)
{
	const struct entry *e = lookup(a, w, n);
	if (e && e->kind)
		return e->kind;
	/* Same word with its first letter's case flipped ("Etc.", "Проф."),
	 * or in ASCII capitals ("ETC."). */
	if (n == 0 || n > TK_ABBREV_MAXLEN)
		return TK_ABBR_NONE;
	tk_char c, f;
	int len = tk_utf8_decode(w, &c);
	f = uc_tolower(c);
	if (f == c)
		f = uc_toupper(c);
	if (f == c)
		return TK_ABBR_NONE;
	char k[TK_ABBREV_MAXLEN + 4];
	int fl = tk_utf8_encode(f, k);
	memcpy(k + fl, w + len, n - (size_t)len);
	e = lookup(a, k, n - (size_t)len + (size_t)fl);
	if (e && e->kind)
		return e->kind;
	return lookup_caps(a, w, n);
}

enum tk_abbrev_kind tk_abbrev_lookup(const struct tk_abbrev *a,
                                     const char *w, size_t n)
{
	return (enum tk_abbrev_kind)(lookup_kind(a, w, n) & ~TK_ABBR_F_WORD);
}

unsigned tk_abbrev_lookup_flags(const struct tk_abbrev *a, const char *w,
                                size_t n)
{
	return lookup_kind(a, w, n);
}

bool tk_abbrev_is_starter(const struct tk_abbrev *a, const char *w, size_t n)
{
	const struct entry *e = lookup(a, w, n);
	return e && e->starter;
}

bool tk_abbrev_ordinals(const struct tk_abbrev *a)
{
	return a->ordinals;
}
