/* wordbreak.c - UAX #29 word boundaries: an ASCII fast path over
 * libunistring's u8_wordbreaks.
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
 * segmented on its own: ASCII pieces here, others by libunistring. */
#include "wordbreak.h"

#include <string.h>
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
			u8_wordbreaks((const uint8_t *)s + start, i - start,
			              p + start);
		if (start > 0)
			p[start] = 1;
		start = i;
	}
}
