/* footnote.c - footnote references glued to text (see markup.h).
 *
 * Scraped encyclopedia and blog pages keep their reference marks as
 * text: "millennium.[1][2] Next", "cities[5] and", "[citation
 * needed]".  A bracket group counts as a reference only when it is glued
 * to the character before it (no space), so that "[1] Smith, J." at the
 * start of a reference list, "see [3]" and editorial "[sic]" stay. */
#include "markup.h"
#include "fold.h"
#include "base/utf8.h"

#include <stdint.h>
#include <unictype.h>

/* Longest note label kept for a phrase ("clarification needed",
 * "dubious - discuss"). */
enum { NOTE_MAX = 48, NOTE_WORDS = 4 };

/* A short note in lower case: letters, digits, blanks, '?', '-',
 * dashes, starting with a lower-case letter, at most NOTE_WORDS words. */
static bool note_phrase(const char *s, size_t n)
{
	if (n == 0 || n > NOTE_MAX)
		return false;
	tk_char c;
	tk_utf8_decode(s, &c);
	if (!uc_is_property_lowercase(c))
		return false;
	size_t words = 1;
	for (size_t i = 0; i < n;) {
		int l = tk_utf8_decode(s + i, &c);
		if (tk_is_space(c)) { /* "email&nbsp;protected" too */
			if (i + (size_t)l >= n || s[i + (size_t)l] == ' ' ||
			    ++words > NOTE_WORDS)
				return false;
		} else if (!(uc_is_property_alphabetic(c) ||
		             (c >= '0' && c <= '9') || c == '?' || c == '-' ||
		             c == 0x2013 || c == 0x2014)) {
			return false;
		}
		i += (size_t)l;
	}
	return true;
}

size_t tk_footnote_label(const char *s, size_t n)
{
	if (n < 3 || s[0] != '[')
		return 0;
	size_t e = 1;
	while (e < n && e <= NOTE_MAX + 1 && s[e] != ']' && s[e] != '[' &&
	       s[e] != '\n' && (unsigned char)s[e] < 0xF8) /* no mark */
		e++;
	if (e >= n || s[e] != ']' || e == 1)
		return 0;
	const char *l = s + 1;
	size_t ln = e - 1;
	bool digits = ln <= 4;
	for (size_t i = 0; i < ln && digits; i++)
		digits = tk_ascii_digit((unsigned char)l[i]);
	bool caret = l[0] == '^' && ln >= 2;
	for (size_t i = 1; i < ln && caret; i++)
		caret = l[i] != ' ' && l[i] != '\t';
	return digits || caret || note_phrase(l, ln) ? e + 1 : 0;
}

static bool quote_mark(tk_char c)
{
	return c == '"' || c == '\'' || c == 0x201C || c == 0x201D ||
	       c == 0x2018 || c == 0x2019 || c == 0x201E || c == 0xAB ||
	       c == 0xBB;
}

/* The character before s[i] holds a reference: not white space, not a
 * block mark, not an opening bracket, nor a quotation mark with white
 * space before it (the tag "[citation needed]" mentions the note).
 * Quotes are judged alike whatever --punct makes of them. */
static bool glued(const char *s, size_t i)
{
	if (i == 0)
		return false;
	unsigned char b = (unsigned char)s[i - 1];
	if (b == ' ' || b == '\t' || b == '[' || b == '(' || b == '{' || b >= 0xF8)
		return false;
	tk_char c = b;
	size_t q = i - 1;
	if (b >= 0x80) {
		q = i - (size_t)tk_utf8_decode_last(s, i, &c);
		if (tk_is_space(c))
			return false;
	}
	if (quote_mark(c))
		return glued(s, q);
	return b >= 0x21 || b >= 0x80;
}

/* Punctuation that ends a clause: a reference may follow it after white
 * space ("added. [1] The", "What If? [7] [8]"). */
static bool clause_end(tk_char c)
{
	return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' ||
	       c == '?' || c == '"' || c == '\'' || c == ')' ||
	       c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 ||
	       c == 0xAB || c == 0xBB; /* as --punct folds them */
}

/* s[w..i) is one white space character (" ", NBSP before "[5]." in
 * French typography). */
static bool one_space(const char *s, size_t w, size_t i)
{
	if (w >= i)
		return false;
	if ((unsigned char)s[w] < 0x80)
		return i - w == 1;
	return (size_t)tk_utf8_seqlen((unsigned char)s[w]) == i - w;
}

/* What follows a reference that ends a clause: "[5]." "[5]," */
static bool clause_mark(char c)
{
	return c == '.' || c == ',' || c == ';' || c == ':';
}

/* Start of the white space before s[i] (i itself when there is none). */
static size_t space_before(const char *s, size_t i)
{
	while (i > 0) {
		tk_char c;
		unsigned char b = (unsigned char)s[i - 1];
		if (b >= 0xF8) /* a mark */
			break;
		int l = b < 0x80 ? 1 : tk_utf8_decode_last(s, i, &c);
		if (b < 0x80 ? !(b == ' ' || b == '\t') : !tk_is_space(c))
			break;
		i -= (size_t)l;
	}
	return i;
}

/* A number label [12] or [^x] at s (the labels that may stand apart). */
static size_t number_label(const char *s, size_t n)
{
	size_t k = tk_footnote_label(s, n);
	if (k < 3)
		return 0;
	if (s[1] == '^')
		return k;
	for (size_t i = 1; i + 1 < k; i++)
		if (!tk_ascii_digit((unsigned char)s[i]))
			return 0;
	return k;
}

/* The last character before s[i] that is not white space, or the state's
 * when there is none in s. */
static tk_char last_char(const struct tk_footnotes *f, const char *s,
                         size_t i)
{
	if (i == 0)
		return f->last;
	tk_char c;
	unsigned char b = (unsigned char)s[i - 1];
	if (b >= 0xF8)
		return 0;
	if (b < 0x80)
		return b;
	tk_utf8_decode_last(s, i, &c);
	return c;
}

void tk_footnotes(struct tk_footnotes *f, const char *s, size_t n,
                  bool line_start, struct tk_buf *out)
{
	if (line_start) {
		f->last = 0;
		f->refs = false;
		f->white = true;
	}
	size_t from = 0;
	size_t ref_end = SIZE_MAX; /* where the last references dropped end */
	for (size_t i = 0; i < n; i++) {
		if (s[i] != '[')
			continue;
		size_t j = i, k, cut = i;
		bool glue = glued(s, i);
		if (glue) {
			while ((k = tk_footnote_label(s + j, n - j)) > 0)
				j += k;
		} else {
			/* After white space: a number label, when a clause
			 * ends or references were dropped before the white
			 * space ("added. [1] The", "[7] [8]"). */
			size_t w = space_before(s, i);
			bool after_refs = w == ref_end ||
			                  (w == 0 && ref_end == SIZE_MAX && f->refs);
			tk_char p = last_char(f, s, w);
			if (w < i && (after_refs || clause_end(p))) {
				j += number_label(s + j, n - j);
			} else if (one_space(s, w, i) && (w > 0 || !f->white) &&
			           (uc_is_property_alphabetic(p) || (p >= '0' && p <= '9')) &&
			           (k = number_label(s + i, n - i)) > 0 && i + k < n &&
			           clause_mark(s[i + k])) {
				/* "institution française [5]. Certains": with the
				 * one space before it */
				j += k;
				cut = w;
			}
		}
		if (j == i)
			continue;
		tk_buf_add(out, s + from, cut - from);
		/* "word[1]next": keep the words apart */
		if (glue && j < n && (unsigned char)s[j] < 0xF8) {
			tk_char c;
			tk_utf8_decode(s + j, &c);
			if (uc_is_property_alphabetic(c) || (c >= '0' && c <= '9'))
				tk_buf_addc(out, ' ');
		}
		from = ref_end = j;
		i = j - 1;
	}
	tk_buf_add(out, s + from, n - from);
	/* what the next piece sees before its white space */
	size_t e = space_before(s, n);
	if (e == ref_end) {
		f->refs = true;
	} else if (e > 0) {
		f->refs = false;
		f->last = last_char(f, s, e);
	}
	if (n > 0)
		f->white = e < n;
}
