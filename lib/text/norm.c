/* norm.c - normalization forms with a quick-check fast path (see norm.h).
 *
 * A code point is "stable" for a form when it is a starter (ccc 0), the
 * form maps it to itself, and no canonical composition has it as second
 * element (so nothing before it can change with it).  UAX #15 calls the
 * position before such a character a normalization boundary: the text
 * on either side normalizes independently.  ASCII is stable for all four
 * forms.  The fast path copies runs of stable characters and hands each
 * maximal stretch that contains anything else, from the last boundary
 * before it to the next boundary after it, to u8_normalize.
 *
 * Stability is derived from libunistring's own data (combining class,
 * decompositions, the form applied to the lone character), so it can
 * never disagree with the slow path's Unicode version.  The one fact
 * libunistring does not expose is "is the second element of a primary
 * composite"; the starters among those are listed below, and a unit test
 * walks every decomposition in libunistring to prove the list complete. */
#include "norm.h"
#include "base/pagetab.h"
#include "base/utf8.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <uninorm.h>
#include <unictype.h>

const char *const tk_form_names[] = { "none", "nfc", "nfd", "nfkc", "nfkd",
                                      NULL };

/* Starters (ccc 0) that are the second element of a canonical pair whose
 * composition is a primary composite (Unicode 14/15), besides the Hangul
 * vowel and trailing jamo handled by range.  Used by tk_norm_stable. */
static const uint32_t second_starters[] = {
	0x09BE, 0x09D7, 0x0B3E, 0x0B56, 0x0B57, 0x0BBE, 0x0BD7, 0x0CC2,
	0x0CD5, 0x0CD6, 0x0D3E, 0x0D57, 0x0DCF, 0x0DDF, 0x102E, 0x1B35,
	0x11127, 0x1133E, 0x11357, 0x114B0, 0x114BA, 0x114BD, 0x115AF,
	0x11930,
};

static bool is_second_starter(uint32_t c)
{
	if (c >= 0x1161 && c <= 0x1175) /* Hangul V: L + V -> LV */
		return true;
	if (c >= 0x11A8 && c <= 0x11C2) /* Hangul T: LV + T -> LVT */
		return true;
	for (size_t i = 0; i < TK_LEN(second_starters); i++)
		if (second_starters[i] == c)
			return true;
	return false;
}

enum { S_NFC = 1 << TK_FORM_NFC, S_NFD = 1 << TK_FORM_NFD,
       S_NFKC = 1 << TK_FORM_NFKC, S_NFKD = 1 << TK_FORM_NFKD };

static uninorm_t nf_of(enum tk_form form)
{
	switch (form) {
	case TK_FORM_NFC: return UNINORM_NFC;
	case TK_FORM_NFD: return UNINORM_NFD;
	case TK_FORM_NFKC: return UNINORM_NFKC;
	case TK_FORM_NFKD: return UNINORM_NFKD;
	default: return NULL;
	}
}

static bool maps_to_itself(uninorm_t nf, uint32_t c)
{
	uint32_t buf[UC_DECOMPOSITION_MAX_LENGTH * 2];
	size_t len = TK_LEN(buf);
	uint32_t *r = u32_normalize(nf, &c, 1, buf, &len);
	if (!r)
		xalloc_die();
	bool same = len == 1 && r[0] == c;
	if (r != buf)
		free(r);
	return same;
}

static uint8_t flags_of(uint32_t c)
{
	/* Hangul syllables decompose (so not NFD/NFKD-stable) and are their
	 * own NFC: known by algorithm (Unicode ch. 3.12), which spares the
	 * 11172 u32_normalize calls of a Korean text's first pages. */
	if (c >= 0xAC00 && c <= 0xD7A3)
		return S_NFC | S_NFKC;
	if (uc_combining_class(c) != 0)
		return 0;
	ucs4_t d[UC_DECOMPOSITION_MAX_LENGTH];
	int tag;
	bool canon = uc_canonical_decomposition(c, d) >= 0;
	bool compat = uc_decomposition(c, &tag, d) >= 0;
	uint8_t f = 0;
	if (!canon)
		f |= S_NFD;
	if (!compat)
		f |= S_NFKD;
	if (!is_second_starter(c)) {
		if (!canon || maps_to_itself(UNINORM_NFC, c))
			f |= S_NFC;
		if (!compat || maps_to_itself(UNINORM_NFKC, c))
			f |= S_NFKC;
	}
	return f;
}

/* flags_of() of every code point, in lazily filled pages. */
static void fill_page(tk_char first, void *page)
{
	uint8_t *p = page;
	for (uint32_t i = 0; i < 256; i++)
		p[i] = flags_of(first | i);
}

static struct tk_pagetab pages = TK_PAGETAB_INIT(fill_page, 1);

static inline bool stable(enum tk_form form, uint32_t c)
{
	return tk_pagetab_u8(&pages, c) >> form & 1;
}

bool tk_norm_stable(enum tk_form form, uint32_t c)
{
	if (form == TK_FORM_NONE || c < 0x80)
		return true;
	return stable(form, c);
}

void tk_norm_slow(enum tk_form form, const char *s, size_t n,
                  struct tk_buf *out)
{
	uninorm_t nf = nf_of(form);
	if (!nf || n == 0) {
		tk_buf_add(out, s, n);
		return;
	}
	/* Most segments keep their length; NFKC of some characters grows up
	 * to 11x, and then libunistring allocates. */
	tk_buf_reserve(out, n + n / 2 + 16);
	size_t len = out->cap - out->len;
	uint8_t *dst = (uint8_t *)out->data + out->len;
	uint8_t *r = u8_normalize(nf, (const uint8_t *)s, n, dst, &len);
	if (!r)
		xalloc_die(); /* valid input: only ENOMEM is possible */
	if (r == dst) {
		out->len += len;
	} else {
		tk_buf_add(out, r, len);
		free(r);
	}
}

/* Offset of the first boundary at or after s[i] (n if none). */
static size_t next_boundary(enum tk_form form, const char *s, size_t i,
                            size_t n)
{
	while (i < n) {
		if ((unsigned char)s[i] < 0x80)
			return i;
		tk_char c;
		int l = tk_utf8_decode(s + i, &c);
		if (stable(form, c))
			return i;
		i += (size_t)l;
	}
	return n;
}

/* Scan s[0..n): return the offset of the first non-stable character, or
 * n; *bound is the start of the last stable character before it. */
static size_t scan(enum tk_form form, const char *s, size_t n, size_t i,
                   size_t *bound)
{
	size_t b = *bound;
	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			/* Short runs (a space between words of other scripts)
			 * inline; long ones word at a time. */
			size_t r = 1;
			while (r < 8 && i + r < n && (unsigned char)s[i + r] < 0x80)
				r++;
			if (r == 8)
				r += tk_ascii_run(s + i + 8, n - i - 8);
			i += r;
			b = i - 1;
			if (i >= n)
				break;
		}
		tk_char c;
		int l = tk_utf8_decode(s + i, &c);
		if (!stable(form, c))
			break;
		b = i;
		i += (size_t)l;
	}
	*bound = b;
	return i;
}

size_t tk_norm_quick(enum tk_form form, const char *s, size_t n)
{
	if (form == TK_FORM_NONE)
		return n;
	size_t bound = 0;
	size_t i = scan(form, s, n, 0, &bound);
	return i >= n ? n : bound;
}

void tk_norm(enum tk_form form, const char *s, size_t n, struct tk_buf *out)
{
	if (form == TK_FORM_NONE || n == 0) { /* n == 0: s may be NULL */
		tk_buf_add(out, s, n);
		return;
	}
	size_t done = 0, i = 0, bound = 0;
	while (i < n) {
		i = scan(form, s, n, i, &bound);
		if (i >= n)
			break;
		/* s[i] needs work: from the boundary before it to the next. */
		tk_char c;
		size_t j = next_boundary(form, s, i + (size_t)tk_utf8_decode(s + i, &c), n);
		tk_buf_add(out, s + done, bound - done);
		tk_norm_slow(form, s + bound, j - bound, out);
		done = i = bound = j;
	}
	tk_buf_add(out, s + done, n - done);
}

size_t tk_norm_cut(enum tk_form form, const char *s, size_t n)
{
	size_t i = n;
	while (i > 0) {
		i--;
		unsigned char b = (unsigned char)s[i];
		if (b < 0x80)
			return i;
		if ((b & 0xC0) == 0x80)
			continue;
		tk_char c;
		tk_utf8_decode(s + i, &c);
		if (form == TK_FORM_NONE || stable(form, c))
			return i;
	}
	return 0;
}

void tk_norm_init(struct tk_norm *st, enum tk_form form)
{
	st->form = form;
	st->carry = (struct tk_buf)TK_BUF_INIT;
}

void tk_norm_free(struct tk_norm *st)
{
	tk_buf_free(&st->carry);
}

static void flush_carry(struct tk_norm *st, struct tk_buf *out)
{
	tk_norm(st->form, st->carry.data, st->carry.len, out);
	tk_buf_clear(&st->carry);
}

void tk_norm_feed(struct tk_norm *st, const char *s, size_t n, bool more,
                  struct tk_buf *out)
{
	if (st->form == TK_FORM_NONE) {
		tk_buf_add(out, s, n);
		return;
	}
	if (st->carry.len) {
		/* The carry starts at a boundary and runs up to the first
		 * boundary of the new piece. */
		size_t b = next_boundary(st->form, s, 0, n);
		tk_buf_add(&st->carry, s, b);
		s += b;
		n -= b;
		if (n == 0 && more) {
			if (st->carry.len > TK_NORM_CARRY_MAX)
				flush_carry(st, out);
			return;
		}
		flush_carry(st, out);
	}
	if (!more) {
		tk_norm(st->form, s, n, out);
		return;
	}
	size_t k = tk_norm_cut(st->form, s, n);
	tk_norm(st->form, s, k, out);
	tk_buf_add(&st->carry, s + k, n - k);
	if (st->carry.len > TK_NORM_CARRY_MAX)
		flush_carry(st, out);
}
