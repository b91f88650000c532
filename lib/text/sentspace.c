/* sentspace.c - white space, squeezing and reporting for the sentence
 * segmenters (see sentence.h, sentimpl.h).
 *
 * White space is Unicode White_Space except the no-break spaces U+00A0,
 * U+2007 and U+202F, which stay inside a sentence and are trimmed only
 * at its edges.  Squeezing turns each run into one space, or into
 * nothing where a line break joins two CJK characters (hard-wrapped
 * text in a script written without spaces).  The squeeze loop skips
 * sixteen bytes at a time with SSE2 (eight with word-at-a-time tests
 * elsewhere) while a run holds no control, no lead byte of non-ASCII
 * white space and no double space. */
#include "sentimpl.h"
#include "base/space.h"

#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* ---- white space ------------------------------------------------------ */

/* The white space that ends a sentence's text: lib/base/space's
 * predicate without the no-break spaces. */
static inline size_t brk_space(const char *s, size_t n)
{
	return tk_space_len(s, n, TK_SPACE_BREAKING);
}

size_t tk_sent_space_nl(const struct tk_splitter *sp, const char *s, size_t n,
                       int *nl)
{
	unsigned char c = (unsigned char)s[0];
	*nl = 0;
	if (c == '\n') {
		*nl = 1;
		return 1;
	}
	if (c == 0 && sp->o.nul) {
		*nl = 2;
		return 1;
	}
	if (c < 0x80 && c != ' ' && c != '\t' && c != '\r' && c != '\v' &&
	    c != '\f')
		return 0;
	size_t w = brk_space(s, n);
	if (w == 1 && c == '\f')
		*nl = 2;
	else if (w == 2 || (w == 3 && (unsigned char)s[1] == 0x80 &&
	                    (unsigned char)s[2] == 0xA8))
		*nl = 1; /* NEL, U+2028 LINE SEPARATOR */
	else if (w == 3 && (unsigned char)s[1] == 0x80 &&
	         (unsigned char)s[2] == 0xA9)
		*nl = 2; /* U+2029 PARAGRAPH SEPARATOR */
	return w;
}


#if defined(__SSE2__)
/* 0xFF where a byte is an ASCII control (< 0x20) or one of the lead
 * bytes C2, E1, E2, E3 of non-ASCII white space. */
static inline __m128i maybe_space16(__m128i v)
{
	__m128i ctl = _mm_cmplt_epi8(_mm_xor_si128(v, _mm_set1_epi8((char)0x80)),
	                             _mm_set1_epi8((char)(0x20 ^ 0x80)));
	__m128i lead = _mm_or_si128(
	    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xC2)),
	    _mm_cmpeq_epi8(_mm_or_si128(v, _mm_set1_epi8(3)),
	                   _mm_set1_epi8((char)0xE3))); /* E0..E3 */
	return _mm_or_si128(ctl, lead);
}
#endif

/* Han, kana, CJK punctuation and full-width forms: scripts written
 * without spaces between words. */
static bool cjk(tk_char c)
{
	return (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x3001 && c <= 0x30FF) ||
	       (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
	       (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF01 && c <= 0xFF60) ||
	       (c >= 0x20000 && c <= 0x3FFFF);
}

static bool cjk_at(const char *s, size_t n)
{
	tk_char c;
	return (unsigned char)s[0] >= 0xE2 && n >= 3 &&
	       (tk_utf8_decode(s, &c), cjk(c));
}

/* The character that ends at s + r (r > 0). */
static bool cjk_before(const char *s, size_t r)
{
	tk_char c;
	tk_utf8_decode_last(s, r, &c);
	return cjk(c);
}

/* Bytes that may start white space: ASCII controls and space, and the
 * lead bytes of the non-ASCII spaces (U+0085, U+1680, U+2000.., U+3000). */
static const uint8_t maybe_space[256] = {
	[0x00] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	[0x10] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	[' '] = 1, [0xC2] = 1, [0xE1] = 1, [0xE2] = 1, [0xE3] = 1,
};

size_t tk_sentence_squeeze_to(const char *s, size_t n, char *out)
{
	size_t i = 0, o = 0;
	while (i < n) {
		/* The run up to the next white space: single spaces between
		 * words are the common case and stay in the run. */
		size_t j = i;
		for (;;) {
			/* Eight bytes at a time while a word holds no control
			 * character, no byte >= 0x80 and no two spaces in a
			 * row (within it or across its start). */
#if defined(__SSE2__)
			/* Sixteen bytes at a time: jump to the first byte that
			 * may start white space (a control, a lead byte C2, E1,
			 * E2, E3, or a space before another such byte). */
			bool found = false;
			while (n - j >= 17) {
				__m128i v = _mm_loadu_si128((const __m128i *)(s + j));
				__m128i w = _mm_loadu_si128((const __m128i *)(s + j + 1));
				int m = _mm_movemask_epi8(_mm_or_si128(
				    maybe_space16(v),
				    _mm_and_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
				                  _mm_or_si128(maybe_space16(w),
				                               _mm_cmpeq_epi8(w, _mm_set1_epi8(' '))))));
				if (m == 0) {
					j += 16;
					continue;
				}
				j += (size_t)__builtin_ctz((unsigned)m);
				found = true;
				break;
			}
			if (!found)
#endif
			while (n - j >= 8) {
				uint64_t w;
				memcpy(&w, s + j, 8);
				uint64_t sp = has_byte(w, ' ');
				uint64_t x = (w - ONES * 0x20) & ~w & HIGHS;
				if ((w & HIGHS) | x | (sp & (sp >> 8)))
					break;
				/* A space ending the word must be single. */
				if (s[j + 7] == ' ' &&
				    (j + 8 == n || maybe_space[(unsigned char)s[j + 8]]))
					break;
				j += 8;
			}
			size_t lim = n - j >= 8 ? j + 8 : n;
			while (j < lim && !maybe_space[(unsigned char)s[j]])
				j++;
			if (j == lim) {
				if (j == n)
					break;
				continue;
			}
			if (s[j] == ' ' && j + 1 < n &&
			    !maybe_space[(unsigned char)s[j + 1]]) {
				j += 2;
				continue;
			}
			if (brk_space(s + j, n - j))
				break;
			j++;
		}
		memcpy(out + o, s + i, j - i);
		o += j - i;
		if (j == n)
			break;
		size_t w, r = j;
		bool line = false;
		while (j < n && (w = brk_space(s + j, n - j)) > 0) {
			line |= s[j] == '\n';
			j += w;
		}
		/* A line break between two CJK characters is hard wrapping
		 * in a script written without spaces: join the lines. */
		if (!(line && r > 0 && j < n && cjk_before(s, r) &&
		      cjk_at(s + j, n - j)))
			out[o++] = ' ';
		i = j;
	}
	return o;
}

void tk_sentence_squeeze(const char *s, size_t n, struct tk_buf *out)
{
	tk_buf_reserve(out, n);
	out->len += tk_sentence_squeeze_to(s, n, out->data + out->len);
}

/* ---- reporting --------------------------------------------------------- */

/* White space, or a no-break space (kept inside a sentence, trimmed at
 * its edges). */
static size_t edge_space(const struct tk_splitter *sp, const char *s,
                         size_t n, int *nl)
{
	size_t w = tk_sent_space_nl(sp, s, n, nl);
	if (w || (unsigned char)s[0] < 0xC2)
		return w;
	const unsigned char *u = (const unsigned char *)s;
	if (n >= 2 && u[0] == 0xC2 && u[1] == 0xA0)
		return 2;
	if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x87 || u[2] == 0xAF))
		return 3;
	return 0;
}

int tk_sent_report(struct tk_splitter *sp, const char *s, size_t a, size_t b,
                  bool cut, tk_sentence_fn fn, void *ctx)
{
	size_t w;
	int nl;
	while (a < b && (w = edge_space(sp, s + a, b - a, &nl)) > 0) {
		sp->gap_nl += nl;
		a += w;
	}
	if (a == b) {
		if (sp->gap_nl > 2)
			sp->gap_nl = 2;
		return 0;
	}
	/* Trailing white space: step back over whole characters. */
	size_t e = b;
	int tail_nl = 0;
	for (;;) {
		tk_char c;
		int len = tk_utf8_decode_last(s + a, e - a, &c);
		size_t p = e - (size_t)len;
		if (p <= a || (w = edge_space(sp, s + p, e - p, &nl)) == 0)
			break;
		tail_nl += nl;
		e = p;
	}
	struct tk_sentence snt = {
		.p = s + a, .len = e - a, .offset = a,
		.para = sp->started && sp->gap_nl >= 2, .cut = cut,
	};
	sp->started = true;
	sp->gap_nl = tail_nl > 2 ? 2 : tail_nl;
	return fn(ctx, &snt);
}


size_t tk_sent_cut_point(const char *s, size_t a, size_t lim)
{
	size_t half = a + (lim - a) / 2;
	for (size_t i = lim; i > half; i--) {
		unsigned char c = (unsigned char)s[i - 1];
		if (c == ' ' || c == '\t' || c == '\n')
			return i;
	}
	return a + tk_utf8_boundary(s + a, lim - a);
}

