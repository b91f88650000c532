/* stopwords.c - built-in stop-word lists and list parsing (see
 * stopwords.h). */
#include "stopwords.h"

#include <string.h>

const struct tk_stopword_list *tk_stopwords_builtin(const char *lang)
{
	for (const struct tk_stopword_list *l = tk_stopword_lists; l->lang; l++)
		if (strcmp(l->lang, lang) == 0)
			return l;
	return NULL;
}

static bool blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

void tk_stopwords_parse(const char *s, size_t n,
                        void (*fn)(void *ctx, const char *w, size_t len),
                        void *ctx)
{
	size_t i = 0;
	while (i < n) {
		const char *e = memchr(s + i, '\n', n - i);
		size_t end = e ? (size_t)(e - s) : n;
		size_t a = i, b = end;
		while (a < b && blank(s[a]))
			a++;
		while (b > a && blank(s[b - 1]))
			b--;
		if (a < b && s[a] != '#')
			fn(ctx, s + a, b - a);
		i = end + 1;
	}
}
