/* dictseg.c - runs of scripts without spaces to a dictionary segmenter
 * (see dictseg.h): finding the runs, choosing the backend of each
 * family, and keeping the words stable.
 *
 * Invariants:
 *   - only flags strictly inside a run change, and only at character
 *     starts that are not combining marks, ZWJ/ZWNJ or variation
 *     selectors (what UAX #29's WB4 keeps with the character before);
 *   - every word given, segmented alone with the backend of its own
 *     family, is one word (fix() below), so re-tokenizing tokenize's
 *     output changes nothing;
 *   - a family without a backend keeps UAX #29's flags, inside a run
 *     and inside a piece of one (tk_wordbreaks_table()), and is
 *     recorded in `missed`.
 * Short runs and words are cached per instance with their final flags
 * (open addressing over entries packed in one buffer, emptied when full:
 * bounded memory). */
#include "dictseg.h"
#include "dictseg_backend.h"
#include "wordbreak.h"
#include "base/hash.h"
#include "base/pagetab.h"
#include "base/utf8.h"
#include "base/xalloc.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>

/* The backends compiled in, in order of preference (measured word F1,
 * README "Word segmentation"): a family goes to the first that takes
 * it and opens. */
static const struct tk_seg_backend *const backends[] = {
#ifdef TK_HAVE_MECAB
	&tk_seg_mecab,
#endif
#ifdef TK_HAVE_LIBTHAI
	&tk_seg_libthai,
#endif
#ifdef TK_HAVE_ICU
	&tk_seg_icu,
#endif
	NULL
};
#define NBACK (TK_LEN(backends) - 1)
#define NFAM 6

static _Atomic unsigned missed;

/* ---- the cache of segmented spans -------------------------------------
 * Spans of up to 255 bytes (runs and words) with the final flags found
 * for them, one bit per byte: a word is segmented alone once, not at
 * each occurrence, and a short run seen before costs one look-up
 * instead of a segmenter call.  The answer is what computing it again
 * would give (segmentation is deterministic), so output never depends
 * on the cache.
 *
 * Compact, because each page of memory a process touches first costs
 * more than a segmenter call on some machines (callgrind counts no page
 * faults): the table holds 4-byte slots (an offset and 12 bits of the
 * hash), the entries are packed one after the other in rec[] (length,
 * family, the flags in (length + 7) / 8 bytes, the span), about 30
 * bytes each.
 * rec[] is allocated whole but touched only as far as it is filled.
 * When the table is half full or rec[] cannot take an entry, both are
 * emptied: bounded memory, and the common words come back at once. */

#define CACHE_BITS 15
#define CACHE_MAX_KEY 255
#define OFF_BITS 20
#define CACHE_BYTES ((size_t)1 << OFF_BITS)
#define REC_HEAD 2

struct cache {
	uint32_t *tab;       /* 1 << CACHE_BITS slots: slot_tag() | (1 + an
	                      * entry's offset in rec[]), 0 empty */
	size_t count;
	unsigned char *rec;  /* CACHE_BYTES */
	size_t rlen;
};

struct tk_dictseg {
	void *st[NBACK + 1];      /* each backend's state, once opened */
	bool tried[NBACK + 1];
	signed char pick[NFAM];   /* backend of each family, -1 none, -2 unknown */
	struct cache c;
};

static uint64_t key_hash(unsigned fam, const char *s, size_t n)
{
	return tk_hash_bytes(s, n, 0x9E3779B97F4A7C15ull + fam);
}

/* A slot: 1 + the entry's offset in rec[] (below 1 << OFF_BITS), and
 * above it the hash's top bits, so that a probe reads an entry only
 * when they agree (a read of rec[] is a likely cache miss). */
static uint32_t slot_tag(uint64_t h)
{
	return (uint32_t)(h >> (64 - (32 - OFF_BITS))) << OFF_BITS;
}

/* The flags of span s[0..n) of family fam into p[1..n) (p[0] is left),
 * if cached. */
static bool cache_get(const struct cache *c, unsigned fam, const char *s,
                      size_t n, uint64_t h, char *p)
{
	if (!c->tab || n > CACHE_MAX_KEY)
		return false;
	size_t mask = ((size_t)1 << CACHE_BITS) - 1, nb = (n + 7) / 8;
	uint32_t tag = slot_tag(h), off = ((uint32_t)1 << OFF_BITS) - 1;
	for (size_t i = h & mask;; i = (i + 1) & mask) {
		uint32_t v = c->tab[i];
		if (!v)
			return false;
		if ((v & ~off) != tag)
			continue;
		const unsigned char *e = c->rec + (v & off) - 1;
		if (e[0] == n && e[1] == fam &&
		    memcmp(e + REC_HEAD + nb, s, n) == 0) {
			const unsigned char *m = e + REC_HEAD;
			for (size_t k = 1; k < n; k++)
				p[k] = (char)(m[k >> 3] >> (k & 7) & 1);
			return true;
		}
	}
}

static void cache_clear(struct cache *c)
{
	if (c->tab)
		memset(c->tab, 0, ((size_t)1 << CACHE_BITS) * sizeof *c->tab);
	c->count = 0;
	c->rlen = 0;
}

static void cache_put(struct cache *c, unsigned fam, const char *s, size_t n,
                      uint64_t h, const char *p)
{
	size_t slots = (size_t)1 << CACHE_BITS, mask = slots - 1;
	size_t nb = (n + 7) / 8, need = REC_HEAD + nb + n;
	if (n > CACHE_MAX_KEY)
		return;
	if (!c->tab) {
		c->tab = xcalloc(slots, sizeof *c->tab);
		c->rec = xmalloc(CACHE_BYTES);
	}
	if (c->count >= slots / 2 || CACHE_BYTES - c->rlen < need)
		cache_clear(c);
	unsigned char *e = c->rec + c->rlen;
	e[0] = (unsigned char)n;
	e[1] = (unsigned char)fam;
	memset(e + REC_HEAD, 0, nb);
	for (size_t k = 1; k < n; k++)
		e[REC_HEAD + (k >> 3)] |= (unsigned char)((p[k] != 0) << (k & 7));
	memcpy(e + REC_HEAD + nb, s, n);
	size_t i = h & mask;
	while (c->tab[i])
		i = (i + 1) & mask;
	c->tab[i] = ((uint32_t)c->rlen + 1) | slot_tag(h);
	c->rlen += need;
	c->count++;
}

/* ---- instances and backends ------------------------------------------- */

/* ---- a pool of segmenters ---------------------------------------------
 * Opening a backend costs far more than segmenting a short text (libthai
 * reads its dictionary, MeCab sets up a lattice): wordfreq --by-doc makes
 * a tokenizer per document and thread, so 1,000 small documents opened
 * the backends 1,000 times (2.6x the time of one stream).  A freed
 * segmenter therefore waits here, backends open and cache warm, for the
 * next tk_dictseg_new(); what it keeps is the same as one tokenizer
 * keeps, and output never depends on it (the cache's answers are what
 * segmenting again would give).  At most POOL_MAX wait; the rest are
 * released at exit. */
enum { POOL_MAX = 16 };
static pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t pool_once = PTHREAD_ONCE_INIT;
static struct tk_dictseg *pool[POOL_MAX];
static size_t npool;

static void release(struct tk_dictseg *d);

static void pool_drain(void)
{
	pthread_mutex_lock(&pool_lock);
	while (npool)
		release(pool[--npool]);
	pthread_mutex_unlock(&pool_lock);
}

static void pool_init(void)
{
	atexit(pool_drain);
}

struct tk_dictseg *tk_dictseg_new(void)
{
	struct tk_dictseg *d = NULL;
	pthread_mutex_lock(&pool_lock);
	if (npool)
		d = pool[--npool];
	pthread_mutex_unlock(&pool_lock);
	if (d)
		return d;
	d = xcalloc(1, sizeof *d);
	memset(d->pick, -2, sizeof d->pick);
	return d;
}

void tk_dictseg_free(struct tk_dictseg *d)
{
	if (!d)
		return;
	pthread_once(&pool_once, pool_init);
	pthread_mutex_lock(&pool_lock);
	if (npool < POOL_MAX) {
		pool[npool++] = d;
		d = NULL;
	}
	pthread_mutex_unlock(&pool_lock);
	if (d)
		release(d);
}

static void release(struct tk_dictseg *d)
{
	for (size_t i = 0; backends[i]; i++)
		if (d->st[i])
			backends[i]->close(d->st[i]);
	free(d->c.tab);
	free(d->c.rec);
	free(d);
}

static unsigned fam_index(unsigned fam)
{
	unsigned k = 0;
	while (fam > 1) {
		fam >>= 1;
		k++;
	}
	return k;
}

/* The backend that segments fam in d, opening backends as needed; -1
 * if none. */
static int pick(struct tk_dictseg *d, unsigned fam)
{
	signed char *pk = &d->pick[fam_index(fam)];
	if (*pk != -2)
		return *pk;
	*pk = -1;
	for (size_t i = 0; backends[i]; i++) {
		if (!(backends[i]->families & fam))
			continue;
		if (!d->tried[i]) {
			d->tried[i] = true;
			d->st[i] = backends[i]->open();
		}
		if (d->st[i]) {
			*pk = (signed char)i;
			break;
		}
	}
	return *pk;
}

/* ---- runs ------------------------------------------------------------- */

enum { K_NONE = 0, K_MARK = 1 << 6, K_KANA = 1 << 7 };

unsigned tk_dictseg_block(uint32_t c)
{
	if (c >= 0x4E00 && c <= 0x9FFF)
		return TK_DS_HAN;                 /* the unified ideographs */
	if (c < 0x0E00)
		return 0;
	if (c <= 0x0E7F)
		return TK_DS_THAI;
	if (c <= 0x0EFF)
		return TK_DS_LAO;
	if (c < 0x1000)
		return 0;
	if (c <= 0x109F)
		return TK_DS_MYANMAR;
	if ((c >= 0x1780 && c <= 0x17FF) || (c >= 0x19E0 && c <= 0x19FF))
		return TK_DS_KHMER;
	if ((c >= 0x3005 && c <= 0x3007) || (c >= 0x3021 && c <= 0x3029))
		return TK_DS_HAN;                 /* 々 〆 〇, Suzhou numerals */
	if ((c >= 0x3041 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) ||
	    (c >= 0xFF66 && c <= 0xFF9F) || (c >= 0x1B000 && c <= 0x1B16F))
		return TK_DS_JA;                  /* kana */
	if ((c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
	    (c >= 0x20000 && c <= 0x3134F))
		return TK_DS_HAN;
	if ((c >= 0xA9E0 && c <= 0xA9FF) || (c >= 0xAA60 && c <= 0xAA7F))
		return TK_DS_MYANMAR;
	return 0;
}

/* The family bit of code point c when it belongs in a run (Han and kana
 * as TK_DS_HAN, kana also K_KANA), K_MARK for a combining character
 * that joins the run before it, or K_NONE.  Computed here, looked up
 * through kind_of(). */
static unsigned kind_compute(tk_char c)
{
	if (c == 0x200C || c == 0x200D ||               /* ZWNJ, ZWJ */
	    (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF))
		return K_MARK;                    /* and variation selectors */
	unsigned k = tk_dictseg_block(c);
	if (k == TK_DS_JA)
		k = TK_DS_HAN | K_KANA;
	else if (k == 0)
		return K_NONE;
	if (c >= 0x4E00 && c <= 0x9FFF)
		return k;                         /* all letters: no look-up */
	uint32_t m = uc_general_category(c).bitmask;
	if (m & UC_CATEGORY_MASK_M)
		return K_MARK;
	if (m & (UC_CATEGORY_MASK_L | UC_CATEGORY_MASK_Nl))
		return k;
	return K_NONE;
}

/* kind_compute() of every code point, in pages filled on first use
 * (base/pagetab.h): finding runs asks for each character of 3 bytes or
 * more, and libunistring's general category is a call. */
static void kind_fill(tk_char first, void *page)
{
	uint8_t *p = page;
	for (unsigned k = 0; k < 256; k++)
		p[k] = (uint8_t)kind_compute(first | k);
}

static struct tk_pagetab kind_pages = TK_PAGETAB_INIT(kind_fill, 1);

static inline unsigned kind_of(tk_char c)
{
	if (unlikely(c >= 0x110000))
		return kind_compute(c);
	return tk_pagetab_u8(&kind_pages, c);
}

int tk_dictseg_check_kinds(void)
{
	for (tk_char c = 0; c < 0x110000; c++)
		if (kind_of(c) != kind_compute(c))
			return (int)c;
	return -1;
}

static const char *const fam_names[NFAM] = {
	"Chinese", "Japanese", "Thai", "Lao", "Khmer", "Myanmar"
};

const char *tk_dictseg_family_name(unsigned fam)
{
	return fam && fam <= TK_DS_MYANMAR && !(fam & (fam - 1))
	       ? fam_names[fam_index(fam)] : "?";
}

/* The family of a span that is (part of) one run: Japanese when Han
 * holds kana. */
static unsigned span_family(const char *s, size_t n)
{
	unsigned fam = 0;
	for (size_t i = 0; i < n;) {
		tk_char c;
		i += (size_t)tk_utf8_decode(s + i, &c);
		unsigned k = kind_of(c);
		if (k & K_KANA)
			return TK_DS_JA;
		if (!fam)
			fam = k & TK_DS_ALL;
	}
	return fam ? fam : TK_DS_HAN;
}

/* Clear flags of p[1..n) at continuation bytes and before combining
 * characters (WB4 keeps those with the character before). */
static void clean_flags(const char *s, size_t n, char *p)
{
	p[0] = 0;
	for (size_t i = 1; i < n; i++) {
		if (!p[i])
			continue;
		unsigned char b = (unsigned char)s[i];
		tk_char c;
		if ((b & 0xC0) == 0x80 || (b >= 0x80 &&
		    (tk_utf8_decode(s + i, &c), kind_of(c) == K_MARK)))
			p[i] = 0;
	}
}

/* ---- Chinese: three rules on top of the dictionary ----------------------
 * ICU's dictionary (shared with Japanese) keeps some pairs as one word
 * that Chinese segmentation standards (PKU, CTB, MSR) write as two: a
 * numeral or "this/that" and a measure word (一個 -> 一 個, 這個 -> 這 個),
 * and the particle 的 with the word before or after it (他的 -> 他 的,
 * 的是 -> 的 是), lexical words aside (目的, 的確).  The Universal
 * Dependencies treebanks also write a verb and its complement 為/为
 * ("as") or 於/于 ("at, in") as two words (成為 -> 成 為, 位於 -> 位 於,
 * 稱為, 屬於, 生於), the lexicalised conjunctions, prepositions, adverbs
 * and nouns aside (因為 由於 對於 關於 認為 行為 終於 更為 過於 ...),
 * and so are 因此 ("therefore") and 之一 ("one of").
 * Measured on the UD Chinese GSD dev sets (scripts/score-cjk),
 * 2026-12-07: word F1 78.8 -> 80.4 -> 81.6 (traditional), 80.0 -> 81.4
 * -> 82.5 (simplified) with the first two rules, then the third. */

static bool in_set(tk_char c, const tk_char *set, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (set[i] == c)
			return true;
	return false;
}

/* Should the two-character word c1 c2 be two words? */
static bool han_split(tk_char c1, tk_char c2)
{
	static const tk_char numeral[] = {
		0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B,
		0x4E5D, 0x5341, 0x5169, 0x4E24, 0x5E7E, 0x51E0,  /* 一..十 兩两 幾几 */
	};
	static const tk_char demonstr[] = { 0x9019, 0x8FD9, 0x90A3 }; /* 這这那 */
	static const tk_char measure[] = {
		0x500B, 0x4E2A, 0x7A2E, 0x79CD, 0x5EA7, 0x90E8, 0x689D, 0x6761,
		0x652F, 0x6240, 0x5C64, 0x5C42, 0x4F4D, 0x540D, 0x4EF6, 0x5F35,
		0x5F20, 0x96BB, 0x53EA, 0x8F1B, 0x8F86, 0x67B6, 0x9805, 0x9879,
		0x5834, 0x573A, 0x5C46, 0x5C4A, 0x4EFD, 0x7BC7, 0x9996, 0x6BB5,
		0x53E5, 0x679D, 0x628A, 0x5339, 0x982D, 0x5934, 0x68F5, 0x7247,
		0x584A, 0x5757, 0x9580, 0x95E8, 0x8F2A, 0x8F6E,
	};  /* 個个 種种 座 部 條条 支 所 層层 位 名 件 張张 隻只 輛辆 架 項项
	     * 場场 屆届 份 篇 首 段 句 枝 把 匹 頭头 棵 片 塊块 門门 輪轮 */
	static const tk_char de_words[][2] = {
		{ 0x76EE, 0x7684 }, { 0x6709, 0x7684 }, { 0x5225, 0x7684 },
		{ 0x522B, 0x7684 }, { 0x4F3C, 0x7684 }, { 0x7684, 0x78BA },
		{ 0x7684, 0x786E }, { 0x7684, 0x58EB }, { 0x7684, 0x8A71 },
		{ 0x7684, 0x8BDD },
	};  /* 目的 有的 別的 别的 似的 的確 的确 的士 的話 的话 */
	static const tk_char comp[] = { 0x70BA, 0x4E3A, 0x65BC, 0x4E8E };
	/* 為 为 於 于 */
	static const tk_char comp_words[][2] = {
		{ 0x56E0, 0x70BA }, { 0x56E0, 0x4E3A }, /* 因為 因为 */
		{ 0x8A8D, 0x70BA }, { 0x8BA4, 0x4E3A }, /* 認為 认为 */
		{ 0x4EE5, 0x70BA }, { 0x4EE5, 0x4E3A }, /* 以為 以为 */
		{ 0x884C, 0x70BA }, { 0x884C, 0x4E3A }, /* 行為 行为 */
		{ 0x8EAB, 0x70BA }, { 0x8EAB, 0x4E3A }, /* 身為 身为 */
		{ 0x7121, 0x70BA }, { 0x65E0, 0x4E3A }, /* 無為 无为 */
		{ 0x66F4, 0x70BA }, { 0x66F4, 0x4E3A }, /* 更為 更为 */
		{ 0x8F03, 0x70BA }, { 0x8F83, 0x4E3A }, /* 較為 较为 */
		{ 0x6975, 0x70BA }, { 0x6781, 0x4E3A }, /* 極為 极为 */
		{ 0x6700, 0x70BA }, { 0x6700, 0x4E3A }, /* 最為 最为 */
		{ 0x5C24, 0x70BA }, { 0x5C24, 0x4E3A }, /* 尤為 尤为 */
		{ 0x9817, 0x70BA }, { 0x9887, 0x4E3A }, /* 頗為 颇为 */
		{ 0x5EE3, 0x70BA }, { 0x5E7F, 0x4E3A }, /* 廣為 广为 */
		{ 0x7531, 0x65BC }, { 0x7531, 0x4E8E }, /* 由於 由于 */
		{ 0x5C0D, 0x65BC }, { 0x5BF9, 0x4E8E }, /* 對於 对于 */
		{ 0x95DC, 0x65BC }, { 0x5173, 0x4E8E }, /* 關於 关于 */
		{ 0x81F3, 0x65BC }, { 0x81F3, 0x4E8E }, /* 至於 至于 */
		{ 0x7D42, 0x65BC }, { 0x7EC8, 0x4E8E }, /* 終於 终于 */
		{ 0x904E, 0x65BC }, { 0x8FC7, 0x4E8E }, /* 過於 过于 */
	};
	/* 因此 ("therefore") and 之一 ("one of"): two words in UD too */
	if ((c1 == 0x56E0 && c2 == 0x6B64) || (c1 == 0x4E4B && c2 == 0x4E00))
		return true;
	if (in_set(c2, comp, TK_LEN(comp))) {
		for (size_t i = 0; i < TK_LEN(comp_words); i++)
			if (comp_words[i][0] == c1 && comp_words[i][1] == c2)
				return false;
		return !in_set(c1, comp, TK_LEN(comp));
	}
	if (in_set(c2, measure, TK_LEN(measure)))
		return in_set(c1, numeral, TK_LEN(numeral)) ||
		       ((c2 == 0x500B || c2 == 0x4E2A) &&
		        in_set(c1, demonstr, TK_LEN(demonstr)));
	if (c1 != 0x7684 && c2 != 0x7684)  /* 的 */
		return false;
	for (size_t i = 0; i < TK_LEN(de_words); i++)
		if (de_words[i][0] == c1 && de_words[i][1] == c2)
			return false;
	return true;
}

static void han_rules(const char *s, size_t n, char *p)
{
	size_t a = 0;
	for (size_t i = 1; i <= n; i++) {
		if (i < n && !p[i])
			continue;
		tk_char c1, c2;
		size_t l1 = (size_t)tk_utf8_decode(s + a, &c1);
		if (a + l1 < i && a + l1 + (size_t)tk_utf8_seqlen(
		        (unsigned char)s[a + l1]) == i) {
			tk_utf8_decode(s + a + l1, &c2);
			if (han_split(c1, c2))
				p[a + l1] = 1;
		}
		a = i;
	}
}

/* ---- Thai, Lao, Khmer: the repetition mark ---------------------------
 * Mai yamok (U+0E46), Lao ko la (U+0EC6) and Khmer lek too (U+17D7)
 * repeat the word before them ("ต่างๆ", "various"); the orthographies
 * write them apart ("ต่าง ๆ"), and word-segmented corpora (UD's Thai
 * treebanks, BEST) make them a token of their own, where libthai and
 * ICU leave them on the word.  Measured on UD Thai TUD dev
 * (scripts/score-cjk), 2026-12-07: word F1 84.5 -> 85.4. */
static bool rep_mark(tk_char c)
{
	return c == 0x0E46 || c == 0x0EC6 || c == 0x17D7;
}

static void rep_marks(const char *s, size_t n, char *p)
{
	for (size_t i = 0; i < n;) {
		tk_char c;
		size_t l = (size_t)tk_utf8_decode(s + i, &c);
		if (rep_mark(c)) {
			if (i > 0)
				p[i] = 1;
			if (i + l < n)
				p[i + l] = 1;
		}
		i += l;
	}
}

/* Thai's "etc.", ฯลฯ (paiyannoi, lo ling, paiyannoi: U+0E2F U+0E25
 * U+0E2F), is one word, as Thai dictionaries and BEST write it; libthai
 * cut it after the first mark. */
static void thai_etc(const char *s, size_t n, char *p)
{
	static const char etc[] = "\xE0\xB8\xAF\xE0\xB8\xA5\xE0\xB8\xAF";
	const size_t l = sizeof etc - 1;
	for (size_t i = 0; i + l <= n; i++) {
		if (memcmp(s + i, etc, l) != 0)
			continue;
		if (i > 0)
			p[i] = 1;
		p[i + 3] = p[i + 6] = 0;
		if (i + l < n)
			p[i + l] = 1;
		i += l - 1;
	}
}

/* Segment s[0..n), one run or piece of family fam, alone: flags into
 * p[0..n) (zeroed here).  False when no backend takes fam (p then holds
 * UAX #29's flags). */
static bool segment(struct tk_dictseg *d, unsigned fam, const char *s,
                    size_t n, char *p)
{
	int b = pick(d, fam);
	memset(p, 0, n);
	if (b >= 0 && backends[b]->breaks(d->st[b], fam, s, n, p) == 0) {
		if (fam & (TK_DS_THAI | TK_DS_LAO | TK_DS_KHMER))
			rep_marks(s, n, p);
		if (fam & TK_DS_THAI)
			thai_etc(s, n, p);
		clean_flags(s, n, p);
		if (fam == TK_DS_HAN)
			han_rules(s, n, p);
		return true;
	}
	atomic_fetch_or_explicit(&missed, fam, memory_order_relaxed);
	tk_wordbreaks_table(s, n, p);
	return false;
}

static void fix_words(struct tk_dictseg *d, const char *s, size_t n, char *p);

/* The final flags of s[0..n), segmented alone as family fam, into
 * p[1..n) (p[0] is left): the segmenter's words, each made stable (each
 * piece that splits again replaced by its pieces), from the cache when
 * it has them.  own: fam is span_family(s, n), so a span the segmenter
 * keeps whole is stable as it is (segmenting it alone again would give
 * the same one word); else even one word is checked with its own
 * family. */
static void stable(struct tk_dictseg *d, unsigned fam, bool own,
                   const char *s, size_t n, char *p)
{
	uint64_t h = key_hash(fam, s, n);
	if (cache_get(&d->c, fam, s, n, h, p))
		return;
	char save = p[0];
	segment(d, fam, s, n, p);
	bool one = true;
	for (size_t i = 1; i < n && one; i++)
		one = !p[i];
	if (!one || !own)
		fix_words(d, s, n, p);
	cache_put(&d->c, fam, s, n, h, p);
	p[0] = save;
}

/* Word s[0..n) (p[1..n) all 0): when it is not one word alone, mark its
 * pieces in p[1..n), and theirs, until every piece is. */
static void fix(struct tk_dictseg *d, const char *s, size_t n, char *p)
{
	if (n <= (size_t)tk_utf8_seqlen((unsigned char)s[0]))
		return;                          /* one character */
	stable(d, span_family(s, n), true, s, n, p);
}

/* Make every word of s[0..n) (flags p) stable.  A word's flags are set
 * in place: they are behind the scan, and p[1..n) of a word are 0. */
static void fix_words(struct tk_dictseg *d, const char *s, size_t n, char *p)
{
	size_t a = 0;
	for (size_t i = 1; i <= n; i++)
		if (i == n || p[i]) {
			fix(d, s + a, i - a, p + a);
			a = i;
		}
}

/* The run s[0..n) of family fam (own: as in stable()): its words into
 * p[1..n). */
static void run(struct tk_dictseg *d, unsigned fam, bool own, const char *s,
                size_t n, char *p)
{
	if (pick(d, fam) < 0) {
		/* UAX #29's flags stay */
		atomic_fetch_or_explicit(&missed, fam, memory_order_relaxed);
		return;
	}
	stable(d, fam, own, s, n, p);
}

void tk_dictseg_refine(struct tk_dictseg *d, const char *s, size_t n, char *p)
{
	size_t i = 0;
	while (i < n) {
		unsigned char b = (unsigned char)s[i];
		if (b < 0xE0) {
			/* no run starts below U+0800 */
			i += b < 0x80 ? 1 : (size_t)tk_utf8_seqlen(b);
			continue;
		}
		tk_char c;
		int l = tk_utf8_decode(s + i, &c);
		unsigned k = kind_of(c);
		if (!(k & TK_DS_ALL)) {
			i += (size_t)l;
			continue;
		}
		/* the run: letters of k's family, and marks after them */
		size_t a = i;
		unsigned fam = k & TK_DS_ALL;
		bool kana = (k & K_KANA) != 0;
		size_t nch = 1;
		i += (size_t)l;
		while (i < n && (unsigned char)s[i] >= 0xE0) {
			l = tk_utf8_decode(s + i, &c);
			unsigned k2 = kind_of(c);
			if (k2 != K_MARK && (k2 & TK_DS_ALL) != fam)
				break;
			kana |= (k2 & K_KANA) != 0;
			nch++;
			i += (size_t)l;
		}
		if (fam == TK_DS_HAN && kana)
			fam = TK_DS_JA;
		if (nch > 1)
			run(d, fam, true, s + a, i - a, p + a);
	}
}

bool tk_dictseg_words(struct tk_dictseg *d, unsigned fam, const char *s,
                      size_t n, char *p)
{
	memset(p, 0, n);
	if (n == 0 || pick(d, fam) < 0)
		return false;
	run(d, fam, span_family(s, n) == fam, s, n, p);
	p[0] = 0;
	return true;
}

void tk_dictseg_forget(struct tk_dictseg *d)
{
	cache_clear(&d->c);
}

unsigned tk_dictseg_missed(void)
{
	return atomic_load_explicit(&missed, memory_order_relaxed);
}

unsigned tk_dictseg_available(void)
{
	struct tk_dictseg *d = tk_dictseg_new();
	unsigned r = 0;
	for (unsigned f = 1; f <= TK_DS_MYANMAR; f <<= 1)
		if (pick(d, f) >= 0)
			r |= f;
	tk_dictseg_free(d);
	return r;
}

const char *tk_dictseg_describe(void)
{
	static char buf[512];
	if (buf[0])
		return buf;
	struct tk_dictseg *d = tk_dictseg_new();
	size_t len = 0;
	for (size_t i = 0; backends[i]; i++) {
		const char *sep = " (";
		bool any = false;
		for (unsigned f = 1; f <= TK_DS_MYANMAR; f <<= 1) {
			if (pick(d, f) != (int)i)
				continue;
			if (!any)
				len += (size_t)snprintf(buf + len, sizeof buf - len,
				                        "%s%s %s", len ? ", " : "",
				                        backends[i]->name,
				                        backends[i]->version());
			any = true;
			len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s",
			                        sep, tk_dictseg_family_name(f));
			sep = ", ";
		}
		if (any)
			len += (size_t)snprintf(buf + len, sizeof buf - len, ")");
		if (len >= sizeof buf)
			len = sizeof buf - 1;
	}
	if (!len)
		snprintf(buf, sizeof buf, "none");
	tk_dictseg_free(d);
	return buf;
}
