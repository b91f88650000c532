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

#include <unicase.h>

#include <stdlib.h>
#include <string.h>

struct entry {
	char *key;          /* NULL: empty slot */
	uint8_t len;
	uint8_t kind;       /* enum tk_abbrev_kind */
	bool starter;
};

struct tk_abbrev {
	struct entry *tab;
	size_t cap, used;   /* cap: a power of two */
	bool ordinals;
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
	else if (fn)
		return TK_EINVAL;
	insert(a, s, w - 1)->kind = kind;
	return TK_OK;
}

int tk_abbrev_add_text(struct tk_abbrev *a, const char *s, size_t n,
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

static const struct entry *lookup(const struct tk_abbrev *a, const char *w,
                                  size_t n)
{
	if (n == 0 || n > TK_ABBREV_MAXLEN)
		return NULL;
	const struct entry *e = find(a, w, n);
	return e->key ? e : NULL;
}

enum tk_abbrev_kind tk_abbrev_lookup(const struct tk_abbrev *a,
                                     const char *w, size_t n)
{
	const struct entry *e = lookup(a, w, n);
	if (e && e->kind)
		return (enum tk_abbrev_kind)e->kind;
	/* Same word with its first letter's case flipped ("Etc.", "Проф."). */
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
	n = n - (size_t)len + (size_t)fl;
	e = lookup(a, k, n);
	return e ? (enum tk_abbrev_kind)e->kind : TK_ABBR_NONE;
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
