/* token_class.c - the tokenizer's character classes (token_class.h) and
 * the type of a plain token (classify). */
#include "token_class.h"

#include <stdlib.h>
#include <unictype.h>

static const char *const type_names[TK_TOK_NTYPES] = {
	"word", "number", "punct", "symbol", "url", "email", "hashtag",
	"mention", "emoji"
};

const char *tk_token_type_name(enum tk_token_type t)
{
	return (unsigned)t < TK_TOK_NTYPES ? type_names[t] : "unknown";
}

#define SP C_SPACE
#define UP (C_ALPHA | C_UPPER | C_LOCAL | C_HOST | C_WRUN)
#define LO (C_ALPHA | C_LOCAL | C_HOST | C_WRUN)
#define DI (C_DIGIT | C_LOCAL | C_HOST | C_WRUN)
#define PU C_PUNCT
#define SY C_SYM

/* Classes of the bytes; every byte >= 0x80 is C_NONASCII (decode and
 * ask libunistring). */
const uint32_t tk_token_ctab[256] = {
	/* 0x00-0x08 controls */ SY, SY, SY, SY, SY, SY, SY, SY, SY,
	/* \t \n \v \f \r */ SP, SP, SP, SP, SP,
	/* 0x0E-0x1F */ SY, SY, SY, SY, SY, SY, SY, SY, SY, SY, SY, SY, SY,
	SY, SY, SY, SY, SY,
	/* ' ' */ SP,
	/* ! */ PU | C_TERM | C_END,
	/* " */ PU | C_URLX | C_END,
	/* # */ PU | C_RUN,
	/* $ */ SY | C_RUN,
	/* % */ PU | C_LOCAL,
	/* & */ PU | C_RUN | C_EXT,
	/* ' */ PU | C_EXT,
	/* ( ) */ PU, PU | C_END,
	/* * */ PU | C_RUN,
	/* + */ SY | C_LOCAL | C_RUN,
	/* , */ PU | C_END,
	/* - */ PU | C_LOCAL | C_HOST | C_RUN | C_EXT,
	/* . */ PU | C_LOCAL | C_TERM | C_EXT | C_END,
	/* / */ PU | C_RUN | C_EXT,
	/* 0-9 */ DI, DI, DI, DI, DI, DI, DI, DI, DI, DI,
	/* : ; */ PU | C_EXT | C_EMO | C_END, PU | C_EMO | C_END,
	/* < */ SY | C_URLX | C_RUN | C_EMO,
	/* = */ SY | C_RUN | C_EMO,
	/* > */ SY | C_URLX | C_RUN | C_EMO,
	/* ? */ PU | C_TERM | C_END,
	/* @ */ PU,
	/* A-Z */ UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP,
	UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP,
	/* [ */ PU,
	/* \ */ PU | C_URLX | C_RUN,
	/* ] */ PU,
	/* ^ */ SY | C_URLX | C_RUN | C_EMO,
	/* _ */ PU | C_LOCAL | C_WRUN,
	/* ` */ SY | C_URLX,
	/* a-z */ LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO,
	LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO,
	/* { */ PU | C_URLX,
	/* | */ SY | C_URLX | C_RUN,
	/* } */ PU | C_URLX,
	/* ~ */ SY | C_RUN,
	/* DEL */ SY,
#define NA (C_NONASCII | C_EXT)
#define N8 NA, NA, NA, NA, NA, NA, NA, NA
#define N64 N8, N8, N8, N8, N8, N8, N8, N8
	N64, N64
#undef N64
#undef N8
#undef NA
};

#undef SP
#undef UP
#undef LO
#undef DI
#undef PU
#undef SY

/* Classes of a non-ASCII code point, from libunistring. */
unsigned tk_token_uclass_uni(tk_char c)
{
	if (tk_is_space(c))
		return C_SPACE | C_NONASCII;
	uint32_t m = uc_general_category(c).bitmask;
	unsigned r = C_NONASCII;
	if (m & UC_CATEGORY_MASK_L)
		r |= C_ALPHA | (m & UC_CATEGORY_MASK_Lu ? C_UPPER : 0);
	else if (m & UC_CATEGORY_MASK_Nd)
		r |= C_DIGIT;
	else if (m & UC_CATEGORY_MASK_N)
		r |= C_NUM;
	else if (m & UC_CATEGORY_MASK_M)
		r |= C_MARK;
	else if (m & UC_CATEGORY_MASK_P)
		r |= C_PUNCT;
	else
		r |= C_SYM;
	return r;
}

static bool emoji_start_uni(tk_char c)
{
	return uc_is_property_regional_indicator(c) ||
	       uc_is_property_emoji_presentation(c) ||
	       /* pictographs newer than libunistring's tables */
	       (c >= 0x1F000 && c <= 0x1FAFF &&
	        uc_is_property_extended_pictographic(c));
}

/* tk_token_uclass_uni() and emoji_start_uni() of every code point, in
 * pages of 256 filled on first use from the same calls (so the same
 * answers): the property lookups were a fifth of the time on
 * mixed-script text. */
static void upage_fill(tk_char first, void *page)
{
	uint16_t *p = page;
	for (unsigned k = 0; k < 256; k++) {
		tk_char c = first | k;
		p[k] = (uint16_t)(tk_token_uclass_uni(c) |
		                  (emoji_start_uni(c) ? U_EMOJI : 0));
	}
}

struct tk_pagetab tk_token_upages = TK_PAGETAB_INIT(upage_fill,
                                                    sizeof(uint16_t));

int tk_token_check_classes(void)
{
	for (tk_char c = 0x80; c < 0x110000; c++)
		if (uclass(c) != tk_token_uclass_uni(c) ||
		    emoji_start(c) != emoji_start_uni(c))
			return (int)c;
	return 0;
}

/* The type of a token that no special rule claimed (see tokenize.1):
 * emoji; number (starts with a digit and has no hyphen before a letter);
 * word (has a letter or a digit); punct (only punctuation); symbol. */
enum tk_token_type tk_token_classify(const char *p, size_t n)
{
	unsigned all = 0, first;
	int l;
	size_t i = 0;
	unsigned char b0 = (unsigned char)p[0];
	if (b0 < 0x80) {
		first = ctab[b0];
	} else {
		tk_char c;
		tk_utf8_decode(p, &c);
		first = uentry(c);
		if (first & U_EMOJI)
			return TK_TOK_EMOJI;
	}
	/* Only one emoji starts with a letter (U+2139 INFORMATION SOURCE,
	 * Ll): any other letter first makes a word. */
	if ((first & C_ALPHA) &&
	    !(n >= 3 && b0 == 0xE2 && (unsigned char)p[1] == 0x84 &&
	      (unsigned char)p[2] == 0xB9))
		return TK_TOK_WORD;
	bool hyph_letter = false;
	while (i < n) {
		unsigned k;
		if ((unsigned char)p[i] < 0x80) {
			k = ctab[(unsigned char)p[i]];
			l = 1;
		} else {
			tk_char c;
			l = tk_utf8_decode(p + i, &c);
			k = uclass(c);
			/* emoji presentation selector, keycap, ZWJ, skin tone */
			if (i > 0 && (c == 0xFE0F || c == 0x20E3 ||
			              (c >= 0x1F3FB && c <= 0x1F3FF)))
				return TK_TOK_EMOJI;
		}
		if ((k & C_ALPHA) && i > 0 && hyphen_at(p, i - 1, n))
			hyph_letter = true;
		if ((k & C_ALPHA) && i >= 3 && hyphen_at(p, i - 3, n) == 3)
			hyph_letter = true;
		all |= k;
		i += (size_t)l;
	}
	if ((first & C_DIGIT) && !hyph_letter)
		return TK_TOK_NUMBER;
	if (all & (C_ALPHA | C_DIGIT | C_NUM))
		return (all & C_ALPHA) ? TK_TOK_WORD : TK_TOK_NUMBER;
	if (!(all & (C_ALPHA | C_DIGIT | C_NUM | C_MARK | C_SYM)))
		return TK_TOK_PUNCT;
	return TK_TOK_SYMBOL;
}
