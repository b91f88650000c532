/* htmlattrs.c - start-tag attributes (see htmlattrs.h). */
#include "htmlattrs.h"
#include "htmltags.h"

#include <string.h>

bool tk_html_span_eq(const struct tk_html_span *a, const char *s)
{
	size_t n = strlen(s);
	if (a->n != n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (tk_html_lower((unsigned char)a->p[i]) != (unsigned char)s[i])
			return false;
	return true;
}

bool tk_html_span_has(const struct tk_html_span *a, const char *s)
{
	size_t n = strlen(s);
	size_t i = 0;
	while (i < a->n) {
		size_t j = i, k = 0;
		while (j < a->n && k < n) {
			unsigned char c = tk_html_lower((unsigned char)a->p[j]);
			if (c == ' ') {
				j++;
				continue;
			}
			if (c != (unsigned char)s[k])
				break;
			j++;
			k++;
		}
		if (k == n)
			return true;
		i++;
	}
	return false;
}

static void set_attr(struct tk_html_attrs *at, const char *name, size_t nl,
                     const char *v, size_t vn)
{
	struct tk_html_span *a = NULL;
	char nm[16];
	if (nl >= sizeof nm)
		return;
	for (size_t i = 0; i < nl; i++)
		nm[i] = (char)tk_html_lower((unsigned char)name[i]);
	nm[nl] = 0;
	switch (nm[0]) {
	case 'a': if (!strcmp(nm, "aria-hidden")) a = &at->aria_hidden; break;
	case 'c':
		if (!strcmp(nm, "class")) a = &at->cls;
		else if (!strcmp(nm, "content")) a = &at->content;
		break;
	case 'd': if (!strcmp(nm, "datetime")) a = &at->datetime; break;
	case 'h':
		if (!strcmp(nm, "href")) a = &at->href;
		else if (!strcmp(nm, "hidden")) a = &at->hidden;
		break;
	case 'i':
		if (!strcmp(nm, "id")) a = &at->id;
		else if (!strcmp(nm, "itemprop")) a = &at->itemprop;
		break;
	case 'l': if (!strcmp(nm, "lang")) a = &at->lang; break;
	case 'n': if (!strcmp(nm, "name")) a = &at->name; break;
	case 'p': if (!strcmp(nm, "property")) a = &at->property; break;
	case 'r':
		if (!strcmp(nm, "role")) a = &at->role;
		else if (!strcmp(nm, "rel")) a = &at->rel;
		break;
	case 's': if (!strcmp(nm, "style")) a = &at->style; break;
	case 't': if (!strcmp(nm, "type")) a = &at->type; break;
	default: break;
	}
	if (a && !a->set) {
		a->p = v;
		a->n = vn;
		a->set = true;
	}
}

size_t tk_html_parse_attrs(const char *s, size_t n, size_t i,
                           struct tk_html_attrs *at)
{
	for (;;) {
		while (i < n && (tk_html_is_space((unsigned char)s[i]) || s[i] == '/'))
			i++;
		if (i >= n)
			return n;
		if (s[i] == '>')
			return i + 1;
		size_t a = i;
		while (i < n && !tk_html_is_space((unsigned char)s[i]) && s[i] != '/' &&
		       s[i] != '>' && (s[i] != '=' || i == a))
			i++;
		size_t an = i - a;
		while (i < n && tk_html_is_space((unsigned char)s[i]))
			i++;
		const char *v = "";
		size_t vn = 0;
		if (i < n && s[i] == '=') {
			i++;
			while (i < n && tk_html_is_space((unsigned char)s[i]))
				i++;
			if (i < n && (s[i] == '"' || s[i] == '\'')) {
				char q = s[i++];
				const char *e = memchr(s + i, q, n - i);
				size_t end = e ? (size_t)(e - s) : n;
				v = s + i;
				vn = end - i;
				i = end < n ? end + 1 : n;
			} else {
				size_t b = i;
				while (i < n && !tk_html_is_space((unsigned char)s[i]) &&
				       s[i] != '>')
					i++;
				v = s + b;
				vn = i - b;
			}
		}
		set_attr(at, s + a, an, v, vn);
	}
}

void tk_html_add_hint(struct tk_buf *h, const struct tk_html_span *a)
{
	if (!a->set || a->n == 0)
		return;
	size_t n = a->n < TK_HTML_HINT_MAX ? a->n : TK_HTML_HINT_MAX;
	if (h->len)
		tk_buf_addc(h, ' ');
	for (size_t i = 0; i < n; i++) {
		unsigned char c = tk_html_lower((unsigned char)a->p[i]);
		tk_buf_addc(h, (char)(tk_html_is_space(c) ? ' ' : c));
	}
}

bool tk_html_attrs_hidden(const struct tk_html_attrs *at)
{
	if (at->hidden.set)
		return true;
	if (at->aria_hidden.set && tk_html_span_eq(&at->aria_hidden, "true"))
		return true;
	if (at->style.set && (tk_html_span_has(&at->style, "display:none") ||
	                      tk_html_span_has(&at->style, "visibility:hidden")))
		return true;
	return false;
}
