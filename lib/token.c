/* token.c - PLACEHOLDER tokenizer until issue 5 lands: splits on white
 * space and treats runs of letters/digits as words, every other
 * character as punctuation.  The interface (token.h) is final. */
#include "token.h"
#include "utf8.h"
#include "xalloc.h"

#include <stdlib.h>
#include <unictype.h>

struct tk_tokenizer {
	struct tk_tokenizer_opts o;
};

static const char *const type_names[TK_TOK_NTYPES] = {
	"word", "number", "punct", "symbol", "url", "email", "hashtag",
	"mention", "emoji"
};

const char *tk_token_type_name(enum tk_token_type t)
{
	return (unsigned)t < TK_TOK_NTYPES ? type_names[t] : "unknown";
}

struct tk_tokenizer *tk_tokenizer_new(const struct tk_tokenizer_opts *o)
{
	struct tk_tokenizer *t = xcalloc(1, sizeof *t);
	if (o)
		t->o = *o;
	return t;
}

void tk_tokenizer_free(struct tk_tokenizer *t)
{
	free(t);
}

static bool is_space(tk_char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
	       c == '\f' || (c >= 0x80 && uc_is_property_white_space(c));
}

static bool is_alnum(tk_char c)
{
	return uc_is_alnum(c) || uc_is_general_category(c, UC_CATEGORY_M);
}

int tk_tokenize(struct tk_tokenizer *t, const char *s, size_t n,
                tk_token_fn fn, void *ctx)
{
	size_t i = 0;
	while (i < n) {
		tk_char c;
		int l = tk_utf8_decode(s + i, &c);
		if (is_space(c)) {
			i += (size_t)l;
			continue;
		}
		size_t start = i;
		enum tk_token_type type = TK_TOK_PUNCT;
		if (is_alnum(c)) {
			bool digits = true;
			while (i < n) {
				l = tk_utf8_decode(s + i, &c);
				if (!is_alnum(c))
					break;
				if (c < '0' || c > '9')
					digits = false;
				i += (size_t)l;
			}
			type = digits ? TK_TOK_NUMBER : TK_TOK_WORD;
		} else
			i += (size_t)l;
		struct tk_token tok = { s + start, i - start, start, type };
		int r = fn(ctx, &tok);
		if (r)
			return r;
	}
	return 0;
}

size_t tk_token_cut(const char *s, size_t n)
{
	while (n > 0) {
		unsigned char c = (unsigned char)s[n - 1];
		if (c == ' ' || c == '\t')
			return n;
		n--;
	}
	return 0;
}
