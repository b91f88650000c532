/* detok.c - tokens back into text (see detok.h). */
#include "detok.h"
#include "dictseg.h"
#include "base/utf8.h"

#include <string.h>
#include <unictype.h>

/* Script classes: 0 for the scripts written with spaces, TK_DS_HAN for
 * Han and kana, S_CJK_PUNCT for their punctuation and the full-width
 * forms, else the family of dictseg.h (Thai, Lao, Khmer, Myanmar). */
enum { S_OTHER = 0, S_CJK = TK_DS_HAN, S_CJK_PUNCT = TK_DS_ALL + 1 };

static unsigned script_of(tk_char c)
{
	if ((c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF))
		return S_CJK_PUNCT;
	unsigned b = tk_dictseg_block(c);
	return b == TK_DS_JA ? S_CJK : b;
}

/* The space between the previous token (its last character of script
 * prev) and one that starts with a character of script cur, as far as
 * the scripts decide it: 0 none, 1 one, -1 not decided here. */
static int script_space(const struct tk_detok *d, unsigned prev, unsigned cur)
{
	if (prev == S_CJK_PUNCT || cur == S_CJK_PUNCT ||
	    (prev == S_CJK && cur == S_CJK))
		return 0;
	bool cjk_line = d->cjk_words && d->cjk_words >= d->other_words;
	if (prev == S_CJK || cur == S_CJK)
		/* a Latin word or a number in Chinese or Japanese text
		 * joins it (用iPhone拍照); a Chinese name in English text
		 * does not */
		return !cjk_line;
	if (prev == cur && cur != S_OTHER)
		return 0; /* Thai, Lao, Khmer, Myanmar */
	if (cjk_line && d->prev_last && strchr(",;:!?", d->prev_last))
		return 0; /* ASCII punctuation in such text (施設,HP) */
	return -1;
}

void tk_detok_look(struct tk_detok *d, const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		if (s[i] == ' ' || s[i] == '\t') {
			i++;
			continue;
		}
		tk_char c;
		tk_utf8_decode(s + i, &c);
		unsigned sc = script_of(c);
		if (sc == S_CJK)
			d->cjk_words++;
		else if (sc == S_OTHER && uc_is_alpha(c))
			d->other_words++;
		while (i < n && s[i] != ' ' && s[i] != '\t')
			i++;
	}
}

void tk_detok_init(struct tk_detok *d, const char *lang)
{
	memset(d, 0, sizeof *d);
	d->french = lang && strcmp(lang, "fr") == 0;
	d->first = true;
}

void tk_detok_line(struct tk_detok *d, bool empty)
{
	d->first = true;
	d->glue_next = false;
	d->prev_digit = false;
	d->prev_last = 0;
	d->prev_script = S_OTHER;
	d->cjk_words = d->other_words = 0;
	if (empty)
		d->dq_open = d->sq_open = false;
}

static bool is(const char *t, size_t n, const char *s)
{
	return n == strlen(s) && memcmp(t, s, n) == 0;
}

/* Whether t is one of the NUL-separated strings of list (ends "\0\0"). */
static bool one_of(const char *t, size_t n, const char *list)
{
	for (const char *s = list; *s; s += strlen(s) + 1)
		if (is(t, n, s))
			return true;
	return false;
}

#define APOS "\xE2\x80\x99" /* U+2019 */

/* Closing punctuation: no space before it. */
static const char closers[] =
	",\0.\0;\0:\0!\0?\0)\0]\0}\0%\0...\0\xE2\x80\xA6\0" /* … */
	"\xE2\x80\x9D\0" /* ” */ APOS "\0" /* ’ */
	"\xC2\xBB\0"     /* » */
	"\xE2\x80\xBA\0" /* › */
	">\0";
/* The punctuation that French sets off with a space before it. */
static const char french_spaced[] = ";\0:\0!\0?\0\xC2\xBB\0!?\0?!\0";
/* Opening punctuation and signs: no space after it. */
static const char openers[] =
	"(\0[\0{\0\xE2\x80\x9C\0" /* “ */ "\xE2\x80\x98\0" /* ‘ */
	"\xC2\xAB\0" /* « */ "\xE2\x80\xB9\0" /* ‹ */
	"$\0\xC2\xA3\0\xE2\x82\xAC\0\xC2\xA5\0" /* $ £ € ¥ */
	"\xC2\xBF\0\xC2\xA1\0" /* ¿ ¡ */ "#\0"
	"<\0";
/* English clitics, cut off by tokenize --split-contractions. */
static const char clitics[] =
	"'s\0'S\0n't\0N'T\0'm\0'M\0're\0'RE\0'll\0'LL\0'd\0'D\0've\0'VE\0"
	APOS "s\0" APOS "m\0" APOS "re\0" APOS "ll\0" APOS "d\0" APOS "ve\0"
	"n" APOS "t\0";

/* A run of sentence punctuation (!!! ?!? ......) or of plus signs (the
 * grade A++): no space before it. */
static bool punct_run(const char *t, size_t n)
{
	bool plus = t[0] == '+';
	for (size_t i = 0; i < n; i++)
		if (plus ? t[i] != '+' : t[i] != '.' && t[i] != '!' && t[i] != '?')
			return false;
	return n > 1 || plus;
}

/* An elided word: letters then an apostrophe (l' qu' dell' j'). */
static bool elided(const char *t, size_t n)
{
	size_t k;
	if (n >= 2 && t[n - 1] == '\'')
		k = n - 1;
	else if (n >= 4 && memcmp(t + n - 3, APOS, 3) == 0)
		k = n - 3;
	else
		return false;
	/* the last character before the apostrophe is a letter (ASCII or
	 * a multi-byte one) */
	unsigned char c = (unsigned char)t[k - 1];
	return c >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static bool digit(char c)
{
	return c >= '0' && c <= '9';
}

/* A range between numbers or references: 8 – 10, [1] – [11] (the en
 * dash of ranges takes no spaces). */
static bool range_dash(const struct tk_detok *d, const char *t, size_t n,
                       const char *next, size_t nn)
{
	return is(t, n, "\xE2\x80\x93") && !d->first && next && nn &&
	       (digit(d->prev_last) || d->prev_last == ']') &&
	       (digit(next[0]) || next[0] == '[');
}

/* A word cut off with a hyphen before punctuation: wh- , t- ? (at the
 * end of a line a hyphen is more often a dash: "Vince -"). */
static bool cut_hyphen(const struct tk_detok *d, const char *t, size_t n,
                       const char *next, size_t nn)
{
	return is(t, n, "-") && !d->first && !d->glue_next &&
	       (unsigned char)d->prev_last >= 'A' &&
	       next && nn == 1 && strchr(",.;:!?", next[0]);
}

/* An apostrophe that stands for left-out letters at a word's start:
 * the ’70s, put ’em on. */
static bool elision_start(const char *t, size_t n, const char *next,
                          size_t nn)
{
	if (!next || !(is(t, n, "'") || is(t, n, APOS)))
		return false;
	if (nn == 3 && digit(next[0]) && digit(next[1]) && next[2] == 's')
		return true;
	return is(next, nn, "em") || is(next, nn, "tis") ||
	       is(next, nn, "twas");
}

/* A straight " that nothing opened: does it close (the end of a line,
 * inches after a number)? */
static bool unopened_closes(const struct tk_detok *d, const char *next)
{
	return !d->first && (!next || d->prev_digit);
}

void tk_detok_token(struct tk_detok *d, const char *t, size_t n,
                    const char *next, size_t nn, struct tk_buf *out)
{
	tk_char c0, c1;
	tk_utf8_decode(t, &c0);
	tk_utf8_decode_last(t, n, &c1);
	unsigned first = script_of(c0);
	int by_script = script_space(d, d->prev_script, first);
	bool space = !d->first && !d->glue_next && by_script != 0;
	bool glue_next = false;
	bool ellipsis = is(t, n, "...") || is(t, n, "\xE2\x80\xA6");
	if (elision_start(t, n, next, nn)) {
		glue_next = true;
	} else if (range_dash(d, t, n, next, nn)) {
		space = false;
		glue_next = true;
	} else if (cut_hyphen(d, t, n, next, nn)) {
		space = false;
	} else if (is(t, n, "(") && !d->first && next && is(next, nn, "s") &&
	           (unsigned char)d->prev_last >= 'A') {
		space = false; /* friend(s) */
		glue_next = true;
	} else if (is(t, n, "\"") || is(t, n, "'")) {
		bool *open = t[0] == '"' ? &d->dq_open : &d->sq_open;
		/* (a quote that opens a line before a word opens another
		 * quotation: an interview's next answer, a quoted paragraph) */
		if (*open && !(d->first && next)) {
			space = false;   /* closing */
			*open = false;
		} else if (t[0] == '"' && unopened_closes(d, next)) {
			space = false;
		} else {
			glue_next = true; /* opening */
			*open = true;
		}
	} else if (ellipsis && (d->first || d->glue_next)) {
		glue_next = true; /* "...there is", a line that opens with ... */
	} else if (d->french && one_of(t, n, french_spaced)) {
		space = !d->first;
	} else if (d->french && is(t, n, "\xC2\xAB")) {
		glue_next = false;
	} else if (one_of(t, n, closers) || one_of(t, n, clitics) ||
	           punct_run(t, n)) {
		space = false;
	} else if (is(t, n, "/")) {
		space = false;
		glue_next = true;
	} else if (one_of(t, n, openers)) {
		glue_next = true;
	}
	if (!glue_next && d->french && elided(t, n))
		glue_next = true;
	if (space)
		tk_buf_addc(out, ' ');
	tk_buf_add(out, t, n);
	d->first = false;
	d->glue_next = glue_next;
	d->prev_digit = digit(t[n - 1]);
	d->prev_last = t[n - 1];
	d->prev_script = script_of(c1);
}
