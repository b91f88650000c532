/* abbrev.c - abbreviation lists (see abbrev.h).
 *
 * One open-addressing hash table (linear probing, FNV-1a, load <= 1/2)
 * maps a word to what the list knows about it: its abbreviation kind and
 * whether it is a sentence starter; the same word may be both ("No." is
 * an abbreviation before numbers, "No" starts sentences).  Lists are a
 * few hundred words, looked up once per candidate boundary, so the
 * table favours simplicity over speed. */
#include "abbrev.h"
#include "base/space.h"
#include "base/utf8.h"
#include "base/xalloc.h"

#include "base/buf.h"

#include <unicase.h>
#include <unictype.h>

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

/* A spaced abbreviation: its parts, each with its period, joined by
 * one space ("z. B."). */
struct spaced {
	char *text;
	size_t len;
	uint8_t kind;       /* of its last period */
	uint8_t nparts;     /* 2..TK_ABBREV_MAXPARTS */
	uint16_t start[TK_ABBREV_MAXPARTS], plen[TK_ABBREV_MAXPARTS];
};

struct tk_abbrev {
	struct entry *tab;
	size_t cap, used;   /* cap: a power of two */
	bool ordinals;
	struct spaced *sp;
	size_t nsp, spcap;
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
	for (size_t i = 0; i < a->nsp; i++)
		free(a->sp[i].text);
	free(a->sp);
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

/* The kind a flag names (TK_ABBR_* | TK_ABBR_F_WORD), 0 for none,
 * -1 if f[0..n) is no flag. */
static int flag_kind(const char *f, size_t n)
{
	if (n == 0)
		return TK_ABBR_PLAIN;
	if (n == 5 && memcmp(f, "title", 5) == 0)
		return TK_ABBR_TITLE;
	if (n == 3 && memcmp(f, "num", 3) == 0)
		return TK_ABBR_NUM;
	if (n == 4 && memcmp(f, "word", 4) == 0)
		return TK_ABBR_PLAIN | TK_ABBR_F_WORD;
	return -1;
}

/* A spaced entry s[0..n) (parts that end with a period, blanks
 * between) of kind `kind`: its text with one space between the parts,
 * and each part in the table with TK_ABBR_F_PART. */
static int add_spaced(struct tk_abbrev *a, const char *s, size_t n,
                      uint8_t kind)
{
	struct spaced e = { xmalloc(n + 1), 0, kind, 0, { 0 }, { 0 } };
	for (size_t i = 0; i < n;) {
		size_t end = i;
		while (end < n && !is_blank(s[end]))
			end++;
		if (end - i < 2 || end - i > TK_ABBREV_MAXLEN + 1 ||
		    s[end - 1] != '.' || s[i] == '.' ||
		    e.nparts == TK_ABBREV_MAXPARTS) {
			free(e.text);
			return TK_EINVAL;
		}
		if (e.len)
			e.text[e.len++] = ' ';
		e.start[e.nparts] = (uint16_t)e.len;
		e.plen[e.nparts++] = (uint16_t)(end - i);
		memcpy(e.text + e.len, s + i, end - i);
		e.len += end - i;
		i = end;
		while (i < n && is_blank(s[i]))
			i++;
	}
	for (size_t k = 0; k < e.nparts; k++)
		insert(a, e.text + e.start[k], e.plen[k] - 1u)->kind |=
		    TK_ABBR_F_PART;
	if (a->nsp == a->spcap) {
		a->spcap = xgrow(a->spcap, a->nsp + 1, 8);
		a->sp = xrealloc(a->sp, a->spcap * sizeof *a->sp);
	}
	a->sp[a->nsp++] = e;
	return TK_OK;
}

/* One line, comments and surrounding blanks already removed. */
static int add_line(struct tk_abbrev *a, const char *s, size_t n)
{
	if (n == 9 && memcmp(s, "@ordinals", 9) == 0) {
		a->ordinals = true;
		return TK_OK;
	}
	if (s[0] == '@')
		return TK_EINVAL;
	/* the last field may be a flag */
	size_t f = n;
	while (f > 0 && !is_blank(s[f - 1]))
		f--;
	int kind = TK_ABBR_PLAIN;
	size_t w = n;
	if (f > 0) {
		kind = flag_kind(s + f, n - f);
		if (kind >= 0) {
			w = f;
			while (w > 0 && is_blank(s[w - 1]))
				w--;
		} else
			kind = TK_ABBR_PLAIN; /* a spaced entry, or an error */
	}
	const char *blank = s;
	while (blank < s + w && !is_blank(*blank))
		blank++;
	if (blank < s + w)
		return add_spaced(a, s, w, (uint8_t)kind);
	if (w > TK_ABBREV_MAXLEN + 1)
		return TK_EINVAL;
	if (s[w - 1] != '.') {
		if (w < n)
			return TK_EINVAL;
		insert(a, s, w)->starter = true;
		return TK_OK;
	}
	if (w < 2)
		return TK_EINVAL;
	struct entry *e = insert(a, s, w - 1);
	e->kind = (uint8_t)((e->kind & TK_ABBR_F_PART) | kind);
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

static unsigned kind_of(const struct entry *e)
{
	return e ? e->kind : 0;
}

/* w[0..n) of ASCII letters, in capitals after the first (two or more
 * letters): what its lower-case or capitalised form says. */
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
	unsigned lower = kind_of(lookup(a, k, n));
	k[0] = (char)(k[0] - 32);
	return tk_abbrev_pick(lower, kind_of(lookup(a, k, n)), false);
}

static unsigned lookup_kind(const struct tk_abbrev *a, const char *w, size_t n)
{
	unsigned k = kind_of(lookup(a, w, n));
	/* Same word with its first letter's case flipped ("Etc.", "Проф."),
	 * or in ASCII capitals ("ETC."). */
	if (n == 0 || n > TK_ABBREV_MAXLEN)
		return k;
	tk_char c, f;
	int len = tk_utf8_decode(w, &c);
	f = uc_tolower(c);
	bool lower_text = f == c;
	if (lower_text)
		f = uc_toupper(c);
	if (f == c)
		return k;
	char key[TK_ABBREV_MAXLEN + 4];
	int fl = tk_utf8_encode(f, key);
	memcpy(key + fl, w + len, n - (size_t)len);
	k = tk_abbrev_pick(k, kind_of(lookup(a, key, n - (size_t)len + (size_t)fl)),
	                   lower_text);
	return tk_abbrev_pick(k, lookup_caps(a, w, n), false);
}

enum tk_abbrev_kind tk_abbrev_lookup(const struct tk_abbrev *a,
                                     const char *w, size_t n)
{
	return (enum tk_abbrev_kind)(lookup_kind(a, w, n) & 3);
}

unsigned tk_abbrev_lookup_flags(const struct tk_abbrev *a, const char *w,
                                size_t n)
{
	return lookup_kind(a, w, n);
}

bool tk_abbrev_has_spaced(const struct tk_abbrev *a)
{
	return a->nsp > 0;
}

/* Start of the character that ends at s[i] (i > 0). */
static size_t char_before(const char *s, size_t i)
{
	size_t k = i - 1;
	while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80 && i - k < 4)
		k--;
	return k;
}

/* Skip white space (one character or more) backwards from s[i]; the
 * position after the character before it, or (size_t)-1 if there is no
 * white space. */
static size_t space_back(const char *s, size_t i)
{
	size_t j = i;
	while (j > 0) {
		size_t k = char_before(s, j);
		if (tk_space_len(s + k, j - k, 0) != j - k)
			break;
		j = k;
	}
	return j < i ? j : (size_t)-1;
}

/* The same forwards from s[i] in s[0..n). */
static size_t space_fwd(const char *s, size_t n, size_t i)
{
	size_t j = i + tk_space_run(s + i, n - i);
	return j > i ? j : (size_t)-1;
}

/* Is t[0..m) the part p[0..m)?  first: the entry's first part, whose
 * first letter may be in the other case. */
static bool part_eq(const char *p, const char *t, size_t m, bool first)
{
	if (memcmp(p, t, m) == 0)
		return true;
	if (!first)
		return false;
	tk_char c, d;
	int lc = tk_utf8_decode(p, &c), ld = tk_utf8_decode(t, &d);
	if ((size_t)ld > m || (uc_tolower(c) != d && uc_toupper(c) != d))
		return false;
	size_t rest = m - (size_t)lc;
	/* the rest of the part in the same bytes */
	return m - (size_t)ld == rest && memcmp(p + lc, t + ld, rest) == 0;
}

/* Does entry e match in s[0..n) with its part k at s[w..p]?  1 yes,
 * 0 no, 2 so far: the text ends before its last part could. */
static int spaced_match(const struct spaced *e, const char *s, size_t n,
                        size_t w, size_t p, size_t k)
{
	const char *t = e->text;
	if (e->plen[k] != p + 1 - w ||
	    !part_eq(t + e->start[k], s + w, e->plen[k], k == 0))
		return false;
	size_t pos = w;
	for (size_t j = k; j-- > 0;) {
		size_t q = space_back(s, pos);
		if (q == (size_t)-1 || q < e->plen[j] ||
		    !part_eq(t + e->start[j], s + q - e->plen[j], e->plen[j],
		             j == 0))
			return false;
		pos = q - e->plen[j];
	}
	if (pos > 0) {
		/* the first part starts a word */
		tk_char c;
		tk_utf8_decode(s + char_before(s, pos), &c);
		if (c == '.' || uc_is_alpha(c) || uc_is_digit(c))
			return false;
	}
	pos = p + 1;
	for (size_t j = k + 1; j < e->nparts; j++) {
		size_t q = space_fwd(s, n, pos);
		if (pos == n || q == n)
			return 2;
		if (q == (size_t)-1)
			return 0;
		if (n - q < e->plen[j])
			return memcmp(t + e->start[j], s + q, n - q) == 0 ? 2 : 0;
		if (!part_eq(t + e->start[j], s + q, e->plen[j], false))
			return 0;
		pos = q + e->plen[j];
	}
	return 1;
}

enum tk_abbrev_kind tk_abbrev_spaced(const struct tk_abbrev *a,
                                     const char *s, size_t n, size_t w,
                                     size_t p)
{
	if (p < w || p >= n || s[p] != '.')
		return TK_ABBR_NONE;
	for (size_t i = 0; i < a->nsp; i++) {
		const struct spaced *e = &a->sp[i];
		for (size_t k = 0; k < e->nparts; k++)
			if (spaced_match(e, s, n, w, p, k) == 1)
				return k + 1 == e->nparts
				       ? (enum tk_abbrev_kind)(e->kind & 3)
				       : TK_ABBR_TITLE;
	}
	return TK_ABBR_NONE;
}

bool tk_abbrev_spaced_open(const struct tk_abbrev *a, const char *s,
                           size_t n, size_t w, size_t p)
{
	if (p < w || p >= n || s[p] != '.')
		return false;
	for (size_t i = 0; i < a->nsp; i++)
		for (size_t k = 0; k + 1 < a->sp[i].nparts; k++)
			if (spaced_match(&a->sp[i], s, n, w, p, k) == 2)
				return true;
	return false;
}

bool tk_abbrev_last_part(const struct tk_abbrev *a, const char *w, size_t n)
{
	for (size_t i = 0; i < a->nsp; i++) {
		const struct spaced *e = &a->sp[i];
		size_t k = e->nparts - 1u;
		if (e->plen[k] == n && part_eq(e->text + e->start[k], w, n, false))
			return true;
	}
	return false;
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

/* Bytes of a Thai consonant (U+0E01..U+0E2E: E0 B8 81..AE) at s[0..n),
 * or 0. */
static size_t thai_consonant(const char *s, size_t n)
{
	return n >= 3 && (unsigned char)s[0] == 0xE0 &&
	       (unsigned char)s[1] == 0xB8 && (unsigned char)s[2] >= 0x81 &&
	       (unsigned char)s[2] <= 0xAE ? 3 : 0;
}

/* Bytes of a group of one to three Thai consonants at s[0..n), or 0. */
static size_t thai_group(const char *s, size_t n)
{
	size_t k = 0, l;
	for (unsigned c = 0; c < 3 && (l = thai_consonant(s + k, n - k)); c++)
		k += l;
	return k;
}

bool tk_abbrev_thai(const char *s, size_t n)
{
	if (n == 3)
		return thai_consonant(s, n) != 0;
	size_t k = thai_group(s, n);
	if (k == 0 || k == n)
		return false;   /* a word of consonants alone: คน, รถ */
	while (k < n) {
		size_t g;
		if (s[k] != '.' || (g = thai_group(s + k + 1, n - k - 1)) == 0)
			return false;
		k += 1 + g;
	}
	return true;
}

size_t tk_abbrev_thai_part(const char *s, size_t n)
{
	size_t k = thai_group(s, n);
	return k && k < n && s[k] == '.' ? k + 1 : 0;
}
