/* token_special.c - recognisers of special tokens (token_special.h). */
#include "token_special.h"
#include "token_class.h"

#include <string.h>

/* The URL body from s[k]: everything but white space and the
 * characters RFC 3986 excludes, up to a closing bracket that closes no
 * bracket opened in the URL, minus trailing punctuation; its end, or 0
 * if it is empty. */
static size_t url_body(const char *s, size_t b, size_t k)
{
	size_t start_body = k;
	long paren = 0, bracket = 0;
	for (size_t q = 0; q < k; q++) {
		paren += (s[q] == '(') - (s[q] == ')');
		bracket += (s[q] == '[') - (s[q] == ']');
	}
	while (k < b) {
		int l;
		unsigned cl = cclass(s, k, &l);
		if (cl & C_URLX)
			break;
		if ((cl & C_NONASCII) && !(cl & C_WORD))
			break;
		/* a closing bracket that closes nothing of the URL ends it:
		 * (see http://x.org) [link](http://x.org) */
		if (s[k] == '(' || s[k] == '[')
			*(s[k] == '(' ? &paren : &bracket) += 1;
		else if (s[k] == ')' || s[k] == ']') {
			long *d = s[k] == ')' ? &paren : &bracket;
			if (*d <= 0)
				break;
			*d -= 1;
		}
		k += (size_t)l;
	}
	/* Trailing punctuation belongs to the sentence. */
	while (k > start_body) {
		char z = s[k - 1];
		if (z == '.' || z == ',' || z == ';' || z == ':' || z == '!' ||
		    z == '?' || z == '\'' || z == '*')
			k--;
		else
			break;
	}
	return k > start_body ? k : 0;
}

size_t tk_url_len(const char *s, size_t b, size_t e)
{
	size_t k = 0;
	/* a colon between letters is inside the segment (UAX #29 MidLetter,
	 * "mailto:x"): the scheme ends at the first colon */
	const char *colon = memchr(s, ':', e);
	if (colon)
		e = (size_t)(colon - s);
	if (e + 3 < b && s[e] == ':' && s[e + 1] == '/' && s[e + 2] == '/')
		k = url_body(s, b, e + 3);
	else if (e + 1 < b && s[e] == ':' && eq_nocase(s, e, "mailto"))
		k = url_body(s, b, e + 1);
	if (!k && 4 < b && eq_nocase(s, 4, "www.") &&
	    (ctab[(unsigned char)s[4]] & (C_ALPHA | C_DIGIT)))
		k = url_body(s, b, 4);
	return k;
}

size_t tk_email_len(const char *s, size_t b)
{
	size_t k = 0;
	if (s[0] == '.' || !(ctab[(unsigned char)s[0]] & C_LOCAL))
		return 0;
	while (k < b && (ctab[(unsigned char)s[k]] & C_LOCAL))
		k++;
	if (k >= b || s[k] != '@')
		return 0;
	size_t d = ++k;
	size_t end = 0;
	/* labels of letters, digits and inner hyphens, separated by dots */
	for (;;) {
		size_t l0 = k;
		while (k < b && (ctab[(unsigned char)s[k]] & C_HOST))
			k++;
		if (k == l0 || s[l0] == '-')
			break;
		size_t e = k;
		while (e > l0 && s[e - 1] == '-')
			e--;
		end = e;
		if (e < k || k + 1 >= b || s[k] != '.')
			break;
		k++;
	}
	return end > d ? end : 0;
}

/* Characters of a hashtag or mention name: letters, marks, digits, _ */
static size_t name_run(const char *s, size_t k, size_t b, bool *letter)
{
	while (k < b) {
		int l;
		unsigned cl = cclass(s, k, &l);
		size_t al;
		if (*letter && (al = apos_at(s, k, b)) != 0 &&
		    (cls_at(s, k + al, b) & C_ALPHA)) {
			k += al; /* @user's, #tag's */
			continue;
		}
		if (!(cl & C_WORD) && s[k] != '_')
			break;
		if (cl & C_ALPHA)
			*letter = true;
		k += (size_t)l;
	}
	return k;
}

size_t tk_tag_len(const char *s, size_t b, bool after_word)
{
	if (after_word)
		return 0;
	bool letter = false;
	if (!(cls_at(s, 1, b) & (C_ALPHA | C_DIGIT)) && !(1 < b && s[1] == '_'))
		return 0; /* not a mark: "@" + U+0301 is one symbol */
	size_t k = name_run(s, 1, b, &letter);
	if (k == 1)
		return 0;
	if (s[0] == '#')
		return letter ? k : 0;
	while (k + 1 < b && s[k] == '.' &&
	       (cls_at(s, k + 1, b) & (C_ALPHA | C_DIGIT)))
		k = name_run(s, k + 1, b, &letter);
	return k;
}

/* Emoticons made of ASCII punctuation: one token each. */
static const struct emoticon {
	char s[4];
	unsigned char n;
} emoticons[] = {
#define E(x) { x, sizeof x - 1 }
	E(":-)"), E(":-("), E(":-D"), E(":-P"), E(":-p"), E(":-/"), E(":-|"),
	E(";-)"), E(":'("), E(">:("), E("^_^"), E(":)"), E(":("), E(":D"),
	E(":P"), E(":p"), E(":/"), E(":|"), E(";)"), E(";D"), E(":]"),
	E(":["), E("=)"), E("=("), E("<3"), E("^^"), E(":o"), E(":O"),
#undef E
};

size_t tk_emoticon_len(const char *s, size_t b, bool after_word)
{
	for (size_t k = 0; k < TK_LEN(emoticons); k++) {
		const struct emoticon *e = &emoticons[k];
		size_t n = e->n;
		if (e->s[0] != s[0] || n > b || memcmp(s, e->s, n) != 0)
			continue;
		/* not inside a word: :D in "Note:Do", <3 in "<30" */
		if (n < b && (cls_at(s, n, b) & C_WORD))
			continue;
		/* not in a run of brackets: ;)) (()) */
		if (n < b && (s[n] == ')' || s[n] == '(' || s[n] == ']' ||
		              s[n] == '['))
			continue;
		unsigned last = ctab[(unsigned char)e->s[n - 1]];
		if ((last & (C_ALPHA | C_DIGIT)) && after_word)
			continue;
		return n;
	}
	return 0;
}

size_t tk_clitic_len(const char *s, size_t b)
{
	size_t al = apos_at(s, 0, b);
	if (!al)
		return 0;
	static const char *const cl[] = { "s", "m", "d", "re", "ve", "ll", NULL };
	for (const char *const *p = cl; *p; p++)
		if (eq_nocase(s + al, b - al, *p))
			return b;
	return 0;
}
