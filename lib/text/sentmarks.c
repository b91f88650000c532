/* sentmarks.c - marks that look like sentence ends and are not, or the
 * reverse, for the default segmenter (sentence.c): the terminator
 * cluster and its closers (an opening bracket is not one), a Japanese
 * quotative particle after a closing bracket, inline list markers
 * ("1.) a 2.) b", "a. x b. y"), spaced ellipses (". . ."), bracketed
 * omissions ("[...]"), times before a name ("6 P.M. Mr. Smith"), the
 * numero sign ("N°. 5") and an exclamation mark inside a name ("Yahoo!
 * in").  Each is a pure function of the text around a position. */
#include "sentimpl.h"
#include "dictseg.h"

#include <string.h>
#include <unictype.h>

/* ---- the terminator cluster ------------------------------------------ */

void tk_sent_cluster(const char *s, size_t n, size_t i,
                     struct tk_sent_cluster *k)
{
	memset(k, 0, sizeof *k);
	while (i < n) {
		tk_char c;
		int len = tk_utf8_decode(s + i, &c);
		int p = tk_sb_prop(c);
		if (c == '.')
			k->aterm++;
		else if (c == '?' || c == '!')
			k->sterm++;
		else if (c == 0x2026)
			k->ellipsis++;
		else if (p == TK_SB_STERM)
			k->sterm++, k->wide = true;
		else if (p == TK_SB_ATERM)
			k->aterm++, k->wide = true;
		else if ((p == TK_SB_EXTEND || p == TK_SB_FORMAT) && i > 0)
			;
		else
			break;
		i += (size_t)len;
	}
	while (i < n) {
		tk_char c;
		int len = tk_utf8_decode(s + i, &c);
		int p = tk_sb_prop(c);
		if (p != TK_SB_CLOSE && p != TK_SB_EXTEND && p != TK_SB_FORMAT)
			break;
		/* UAX #29's Close holds opening brackets too, but one right
		 * after a terminator opens the next sentence ("本当？「はい」") */
		if (p == TK_SB_CLOSE && uc_is_general_category(c, UC_CATEGORY_Ps))
			break;
		/* after 。！？ the curly quotes open: “…” in Chinese and
		 * Japanese ("…した。“創価学会”の") */
		if (k->wide && (c == 0x201C || c == 0x2018))
			break;
		k->closed |= p == TK_SB_CLOSE;
		i += (size_t)len;
	}
	k->end = i;
}

/* Japanese quotes a sentence with the particle と or って after the
 * closing bracket (「はい。」と言った). */
bool tk_sent_quotative(const char *s, size_t q)
{
	tk_char c;
	tk_utf8_decode(s + q, &c);
	return c == 0x3068 || c == 0x3063; /* と, the small tsu of って */
}

/* Han or kana (dictseg.h's blocks, the prolonged sound mark, half-width
 * katakana and 々 among them): the scripts written without spaces
 * between sentences. */
static bool cjk_letter(tk_char c)
{
	return (tk_dictseg_block(c) & (TK_DS_HAN | TK_DS_JA)) != 0;
}

bool tk_sent_cjk_ascii_end(const char *s, size_t a, size_t i, size_t q)
{
	tk_char c;
	if (i == a || (s[i] != '?' && s[i] != '!' && s[i] != '.'))
		return false;
	tk_utf8_decode_last(s + a, i - a, &c);
	if (!cjk_letter(c))
		return false;
	unsigned char b = (unsigned char)s[q];
	if (s[i] == '.') {
		tk_utf8_decode(s + q, &c);
		return cjk_letter(c);
	}
	return !((b | 0x20) >= 'a' && (b | 0x20) <= 'z');
}

size_t tk_sent_spaced_close(const char *s, size_t n, size_t q)
{
	if (q + 2 > n || (unsigned char)s[q] != 0xC2 ||
	    (unsigned char)s[q + 1] != 0xBB)
		return 0;
	if (q + 2 == n)
		return 2;
	tk_char c;
	tk_utf8_decode(s + q + 2, &c);
	int p = tk_sb_prop(c);
	return p == TK_SB_LOWER || p == TK_SB_UPPER || p == TK_SB_OLETTER ||
	       p == TK_SB_NUMERIC ? 0 : 2;
}

/* ---- inline lists -------------------------------------------------- */

static bool blank_at(const char *s, size_t n, size_t i)
{
	return i < n && (s[i] == ' ' || s[i] == '\t');
}

/* A bullet at s[i]: U+2022 BULLET or U+2043 HYPHEN BULLET; its length. */
static size_t bullet(const char *s, size_t n, size_t i)
{
	if (i + 3 <= n && (unsigned char)s[i] == 0xE2 &&
	    (((unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0xA2) ||
	     ((unsigned char)s[i + 1] == 0x81 && (unsigned char)s[i + 2] == 0x83)))
		return 3;
	return 0;
}

size_t tk_sent_list_marker(const char *s, size_t n, size_t i,
                           struct tk_list_mark *m)
{
	size_t j = i, b = bullet(s, n, j);
	memset(m, 0, sizeof *m);
	if (b) {
		memcpy(m->bullet, s + j, b);
		m->blen = b;
		j += b;
		if (blank_at(s, n, j)) /* one blank at most: the marker fits
		                          in the 16 bytes the feed waits for */
			j++, m->bspace = true;
	}
	size_t d = j;
	while (d < n && d - j < 4 && s[d] >= '0' && s[d] <= '9')
		d++;
	if (d > j && d - j <= 3) {
		if (s[j] == '0')
			return 0;
		for (size_t k = j; k < d; k++)
			m->num = m->num * 10 + (unsigned)(s[k] - '0');
		if (d + 1 < n && s[d] == '.' && s[d + 1] == ')')
			m->suffix = 2, d += 2;
		else if (d < n && (s[d] == '.' || s[d] == ')'))
			m->suffix = s[d] == '.' ? 1 : 3, d++;
		else
			return 0;
	} else if (d == j && j + 1 < n && s[j] >= 'a' && s[j] <= 'y' &&
	           s[j + 1] == '.') {
		m->letter = s[j];
		d = j + 2;
	} else
		return 0;
	return blank_at(s, n, d) ? d - i : 0;
}

/* The text of the marker after m into out (at most 16 bytes). */
static size_t next_text(const struct tk_list_mark *m, char *out)
{
	size_t o = 0;
	memcpy(out, m->bullet, m->blen);
	o += m->blen;
	if (m->bspace)
		out[o++] = ' ';
	if (m->letter) {
		out[o++] = (char)(m->letter + 1);
		out[o++] = '.';
		return o;
	}
	unsigned v = m->num + 1;
	char d[4];
	int k = 0;
	do
		d[k++] = (char)('0' + v % 10), v /= 10;
	while (v && k < 4);
	while (k)
		out[o++] = d[--k];
	if (m->suffix == 1 || m->suffix == 2)
		out[o++] = '.';
	if (m->suffix == 2 || m->suffix == 3)
		out[o++] = ')';
	return o;
}

size_t tk_sent_list_next(const char *s, size_t n, size_t i, size_t e,
                         const struct tk_list_mark *m)
{
	char want[16];
	size_t w = next_text(m, want);
	for (size_t k = i; k + w + 1 < e && k < n; k++) {
		if (s[k] == '\n')
			return SIZE_MAX;
		if ((s[k] == ' ' || s[k] == '\t') && memcmp(s + k + 1, want, w) == 0 &&
		    blank_at(s, n, k + 1 + w))
			return k;
	}
	return SIZE_MAX;
}

/* ---- periods and exclamation marks that are not ends ------------------ */

size_t tk_sent_spaced_dots(const char *s, size_t a, size_t i, bool *attached)
{
	size_t d = 1, p = i;
	while (p >= a + 2 && s[p - 1] == ' ' && s[p - 2] == '.')
		d++, p -= 2;
	*attached = p > a && s[p - 1] != ' ' && s[p - 1] != '\t' &&
	            s[p - 1] != '\n';
	return d;
}

size_t tk_sent_dots_after(const char *s, size_t n, size_t i)
{
	size_t d = 0;
	while (i + 1 < n && s[i] == ' ' && s[i + 1] == '.')
		d++, i += 2;
	return d;
}

bool tk_sent_bracket_omission(const char *s, size_t a, size_t i, size_t end)
{
	if (i <= a + 1 || s[i - 1] != '[')
		return false; /* "[...]" standing alone between sentences ends */
	size_t j = i;
	while (j < end && s[j] == '.')
		j++;
	if (j == i && end - i >= 3 && (unsigned char)s[i] == 0xE2 &&
	    (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0xA6)
		j += 3; /* U+2026 */
	return j > i && j < end && s[j] == ']';
}

/* "a.m", "p.m" in either case: the word before the period. */
static bool time_word(const char *t, size_t n)
{
	return n == 3 && t[1] == '.' &&
	       (t[0] == 'a' || t[0] == 'p' || t[0] == 'A' || t[0] == 'P') &&
	       (t[2] == 'm' || t[2] == 'M');
}

int tk_sent_time_words(const char *s, size_t a, size_t b, size_t tn)
{
	if (!time_word(s + b, tn) || b < a + 2 || s[b - 1] != ' ')
		return -1;
	size_t e = b - 1;
	if (!(s[e - 1] >= '0' && s[e - 1] <= '9'))
		return -1;
	int words = 0;
	bool in = false;
	for (size_t k = a; k < e; k++) {
		bool sp = s[k] == ' ' || s[k] == '\t' || s[k] == '\n';
		if (!sp && !in)
			words++;
		in = !sp;
	}
	return words;
}

bool tk_sent_numero(const char *t, size_t n)
{
	/* N° or Nº (U+00B0, U+00BA) after one or two letters */
	return n >= 3 && n <= 4 && (unsigned char)t[n - 2] == 0xC2 &&
	       ((unsigned char)t[n - 1] == 0xB0 || (unsigned char)t[n - 1] == 0xBA);
}

bool tk_sent_name_bang(const char *s, size_t a, size_t b, size_t i)
{
	if (s[i] != '!' || b <= a || b == i)
		return false;
	tk_char c;
	tk_utf8_decode(s + b, &c);
	return tk_sb_prop(c) == TK_SB_UPPER;
}
