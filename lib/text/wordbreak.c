/* wordbreak.c - UAX #29 word boundaries: an ASCII fast path, and
 * libunistring's rules over a table of its properties for other text.
 *
 * Why the ASCII path is exact.  No ASCII character is Extend, Format,
 * ZWJ, Regional_Indicator, Hebrew_Letter, Katakana or
 * Extended_Pictographic, so in pure ASCII text WB3c, WB4, WB7a-c, WB13
 * and WB15/16 never apply and only these rules remain (classes from
 * tk_wb_ascii[]):
 *   WB3   CR x LF             WB3a/b  break after and before newlines
 *   WB3d  WSegSpace x WSegSpace
 *   WB5   AL x AL             WB6/7   AL x (MidLetter|MidNumLet|SQ) x AL
 *   WB8   Num x Num           WB9     AL x Num        WB10  Num x AL
 *   WB11/12  Num x (MidNum|MidNumLet|SQ) x Num
 *   WB13a (AL|Num|ENL) x ENL  WB13b   ENL x (AL|Num)
 *   WB999 otherwise break.
 * A segment is therefore a run of AL/Num/ENL with single middle
 * characters between letters (WB6/7) or digits (WB11/12), a run of
 * spaces, CR LF, or one other character.
 *
 * Mixed text is cut into pieces where an ASCII space meets another ASCII
 * character: a boundary is certain there (no rule joins WSegSpace to a
 * non-space ASCII character, and neither can be Extend), and no rule
 * looks across it (a space is neither a letter, a digit nor a middle
 * character, and ends any Extend or RI sequence), so each piece can be
 * segmented on its own: ASCII pieces by the fast path, others by
 * tk_wordbreaks_table() below. */
#include "wordbreak.h"
#include "base/pagetab.h"
#include "base/utf8.h"

#include <string.h>
#include <unictype.h>
#include <uniwbrk.h>

#define AL TK_WB_ALETTER
#define NU TK_WB_NUMERIC
#define EN TK_WB_ENL
#define ML TK_WB_MIDLETTER
#define MN TK_WB_MIDNUM
#define MB TK_WB_MIDNUMLET
#define SQ TK_WB_SQ
#define SP TK_WB_SPACE
#define NL TK_WB_NL

const uint16_t tk_wb_ascii[128] = {
	/* 0x00 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NL, NL, NL, NL, 0, 0,
	/* 0x10 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	/* ' '..'/' */ SP, 0, 0, 0, 0, 0, 0, SQ, 0, 0, 0, 0, MN, 0, MB, 0,
	/* '0'..'?' */ NU, NU, NU, NU, NU, NU, NU, NU, NU, NU, ML, MN, 0, 0, 0, 0,
	/* '@'..'O' */ 0, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL,
	/* 'P'..'_' */ AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, 0, 0, 0, 0, EN,
	/* '`'..'o' */ 0, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL,
	/* 'p'..DEL */ AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, AL, 0, 0, 0, 0, 0,
};

static void ascii_breaks(const char *s, size_t n, char *p)
{
	size_t i = 0;
	memset(p, 0, n);
	while (i < n) {
		if (i > 0)
			p[i] = 1;
		i += tk_wb_ascii_segment(s + i, n - i);
	}
}

void tk_wordbreaks_slow(const char *s, size_t n, char *p)
{
	u8_wordbreaks((const uint8_t *)s, n, p);
}

/* ---- any text: the rules over a table of Word_Break properties -------
 *
 * The property of each code point (uc_wordbreak_property(), plus a bit
 * for Extended_Pictographic, which WB3c needs) comes from pages of 256
 * entries filled on first use from libunistring's own calls
 * (base/pagetab.h), so the Unicode version and the answers are
 * libunistring's.  The rules are applied in
 * the order and with the state u8_wordbreaks uses (the last character,
 * the last two "complex" characters, that is without the Extend, Format
 * and ZWJ after them, and the count of regional indicators), so both
 * give the same boundaries for every input: the unit tests compare them
 * on random sequences drawn from every Word_Break class, and
 * WordBreakTest runs through both.  Measured on multilang.txt: the
 * property calls and the decoding were most of u8_wordbreaks' time. */
#define WB_XP 0x80u   /* Extended_Pictographic */

static void wbpage_fill(tk_char first, void *page)
{
	uint8_t *p = page;
	for (unsigned k = 0; k < 256; k++) {
		ucs4_t c = first | k;
		p[k] = (uint8_t)((unsigned)uc_wordbreak_property(c) |
		                 (uc_is_property_extended_pictographic(c) ? WB_XP : 0));
	}
}

static struct tk_pagetab wbpages = TK_PAGETAB_INIT(wbpage_fill, 1);

static inline unsigned wbprop(tk_char c)
{
	if (unlikely(c >= 0x110000))
		return (unsigned)uc_wordbreak_property(c);
	return tk_pagetab_u8(&wbpages, c);
}

int tk_wordbreak_check_props(void)
{
	for (tk_char c = 0; c < 0x110000; c++)
		if ((wbprop(c) & ~WB_XP) != (unsigned)uc_wordbreak_property(c) ||
		    !(wbprop(c) & WB_XP) != !uc_is_property_extended_pictographic(c))
			return (int)c;
	return -1;
}

/* Bit sets of properties. */
#define B(x) (1u << (x))
#define B_AHL (B(WBP_ALETTER) | B(WBP_HL))
#define B_NL (B(WBP_CR) | B(WBP_LF) | B(WBP_NEWLINE))
#define B_IGN (B(WBP_EXTEND) | B(WBP_FORMAT) | B(WBP_ZWJ))
#define B_MID (B(WBP_MIDLETTER) | B(WBP_MIDNUMLET) | B(WBP_MIDNUM) | \
               B(WBP_SQ) | B(WBP_DQ))

/* Classes whose runs only the pair table below decides: no newline,
 * Extend/Format/ZWJ, middle character, RI or WSegSpace. */
#define B_RUN (B_AHL | B(WBP_NUMERIC) | B(WBP_KATAKANA) | \
               B(WBP_EXTENDNUMLET) | B(WBP_OTHER))

/* joins[a] has bit b when no rule breaks between the complex characters
 * a and b (WB5, WB7a, WB8-10, WB13, WB13a, WB13b; WB999 otherwise). */
static const uint32_t joins[32] = {
	[WBP_ALETTER] = B_AHL | B(WBP_NUMERIC) | B(WBP_EXTENDNUMLET),
	[WBP_HL] = B_AHL | B(WBP_NUMERIC) | B(WBP_EXTENDNUMLET) | B(WBP_SQ),
	[WBP_NUMERIC] = B_AHL | B(WBP_NUMERIC) | B(WBP_EXTENDNUMLET),
	[WBP_KATAKANA] = B(WBP_KATAKANA) | B(WBP_EXTENDNUMLET),
	[WBP_EXTENDNUMLET] = B_AHL | B(WBP_NUMERIC) | B(WBP_KATAKANA) |
	                     B(WBP_EXTENDNUMLET),
};

void tk_wordbreaks_table(const char *s, size_t n, char *p)
{
	/* last_char: the property of the previous character; last, second:
	 * of the last two complex characters (-1: none yet), last at
	 * p[last_pos]; ri: regional indicators before the current point */
	int last_char = -1, last = -1, second = -1;
	size_t last_pos = 0, ri = 0, i = 0;
	memset(p, 0, n);
	while (i < n) {
		tk_char uc;
		int len = tk_utf8_decode(s + i, &uc);
		unsigned e = wbprop(uc);
		int prop = (int)(e & ~WB_XP);
		uint32_t bp = B(prop);
		/* a run of one class (letters, digits, ideographs): no rule
		 * but the pair table applies, and the state only moves on */
		if (prop == last_char && prop == last && (bp & B_RUN)) {
			p[i] = !(joins[prop] & bp);
			second = last;
			last_pos = i;
			i += (size_t)len;
			continue;
		}
		if (likely(last_char >= 0)) {
			uint32_t bl = B(last_char);
			if (unlikely((bp | bl) & B_NL))          /* WB3, WB3a/b */
				p[i] = !(last_char == WBP_CR && prop == WBP_LF);
			else if (bp & B_IGN)
				;                                /* WB3c/d, WB4 */
			else if ((last_char == WBP_ZWJ && (e & WB_XP)) ||
			         (last_char == WBP_WSS && prop == WBP_WSS))
				;                                /* WB3c, WB3d */
			else if (B(last) & B_MID) {
				uint32_t bs = second >= 0 ? B(second) : 0;
				if ((bp & B_AHL) && last != WBP_MIDNUM &&
				    last != WBP_DQ && (bs & B_AHL))
					p[last_pos] = 0;         /* WB6/7 */
				else if (prop == WBP_NUMERIC &&
				         last != WBP_MIDLETTER && last != WBP_DQ &&
				         second == WBP_NUMERIC)
					p[last_pos] = 0;         /* WB11/12 */
				else if (prop == WBP_HL && last == WBP_DQ &&
				         second == WBP_HL)
					p[last_pos] = 0;         /* WB7b/c */
				else
					p[i] = 1;                /* WB999 */
			} else if (last == WBP_RI && prop == WBP_RI)
				p[i] = ri % 2 == 0;              /* WB15/16 */
			else
				p[i] = !(joins[last] & bp);      /* WB999 */
		}
		last_char = prop;
		if (!(bp & B_IGN) || last < 0 || (B(last) & B_NL)) {
			second = last;
			last = prop;
			last_pos = i;
			ri = prop == WBP_RI ? ri + 1 : 0;
		}
		i += (size_t)len;
	}
}

/* A safe cut before s[i]: both neighbours ASCII, exactly one a space. */
static inline bool safe_cut(const char *s, size_t i)
{
	unsigned char a = (unsigned char)s[i - 1], b = (unsigned char)s[i];
	return a < 0x80 && b < 0x80 && ((a == ' ') != (b == ' '));
}

void tk_wordbreaks(const char *s, size_t n, char *p)
{
	size_t start = 0;
	while (start < n) {
		/* Find the end of the piece and whether it is all ASCII. */
		size_t i = start + 1;
		bool ascii = (unsigned char)s[start] < 0x80;
		while (i < n && !safe_cut(s, i)) {
			if ((unsigned char)s[i] >= 0x80)
				ascii = false;
			i++;
		}
		if (ascii)
			ascii_breaks(s + start, i - start, p + start);
		else
			tk_wordbreaks_table(s + start, i - start, p + start);
		if (start > 0)
			p[start] = 1;
		start = i;
	}
}
