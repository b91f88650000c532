/* tokens.c - the token iterator of the public API over lib/text/token's
 * callback interface: each line of the text is tokenized when the
 * iterator reaches it, into an array the iterator then hands out, so
 * memory stays bounded by the longest line. */
#include "api.h"
#include "base/space.h"
#include "base/xalloc.h"
#include "text/token.h"

#include <stdlib.h>
#include <string.h>

struct textkit_tokenizer {
	struct tk_tokenizer *tk;
	const char *s;
	size_t n, pos;          /* pos: start of the next line to tokenize */
	size_t line;            /* offset of the line in toks */
	struct textkit_token *toks;
	size_t ntok, cap, next;
};

_Static_assert((int)TEXTKIT_TOKEN_EMOJI == (int)TK_TOK_EMOJI &&
               (int)TEXTKIT_TOKEN_WORD == (int)TK_TOK_WORD,
               "token types differ");

const char *textkit_token_type_name(enum textkit_token_type t)
{
	if ((unsigned)t >= TK_TOK_NTYPES)
		return NULL;
	return tk_token_type_name((enum tk_token_type)t);
}

struct textkit_tokenizer *textkit_tokenizer_new(unsigned flags)
{
	if (flags & ~(TEXTKIT_TOKEN_UAX29 | TEXTKIT_TOKEN_SPLIT_CONTRACTIONS |
	              TEXTKIT_TOKEN_SPLIT_HYPHENS))
		return NULL;
	struct tk_tokenizer_opts o = {
		.uax29 = flags & TEXTKIT_TOKEN_UAX29,
		.split_contractions = flags & TEXTKIT_TOKEN_SPLIT_CONTRACTIONS,
		.split_hyphens = flags & TEXTKIT_TOKEN_SPLIT_HYPHENS,
	};
	struct textkit_tokenizer *t = xcalloc(1, sizeof *t);
	t->tk = tk_tokenizer_new(&o);
	return t;
}

void textkit_tokenizer_free(struct textkit_tokenizer *t)
{
	if (!t)
		return;
	tk_tokenizer_free(t->tk);
	free(t->toks);
	free(t);
}

int textkit_tokenizer_start(struct textkit_tokenizer *t, const char *s,
                            size_t n)
{
	t->ntok = t->next = 0;
	if (!tk_api_valid(s, n)) {
		t->s = "";
		t->n = t->pos = 0;
		return TEXTKIT_EILSEQ;
	}
	t->s = s;
	t->n = n;
	t->pos = 0;
	return TEXTKIT_OK;
}

static int collect(void *ctx, const struct tk_token *tok)
{
	struct textkit_tokenizer *t = ctx;
	if (t->ntok == t->cap) {
		t->cap = xgrow(t->cap, t->ntok + 1, 64);
		t->toks = xnrealloc(t->toks, t->cap, sizeof *t->toks);
	}
	size_t start = t->line + tok->offset;
	t->toks[t->ntok++] = (struct textkit_token){
		.text = tok->p, .len = tok->len, .start = start,
		.end = start + tok->len,
		.type = (enum textkit_token_type)tok->type,
	};
	return 0;
}

int textkit_tokenizer_next(struct textkit_tokenizer *t,
                           struct textkit_token *tok)
{
	while (t->next == t->ntok) {
		if (t->pos >= t->n)
			return 0;
		const char *p = t->s + t->pos;
		const char *e = memchr(p, '\n', t->n - t->pos);
		size_t len = e ? (size_t)(e - p) : t->n - t->pos;
		t->ntok = t->next = 0;
		t->line = t->pos;
		tk_tokenizer_para_end(t->tk, tk_line_ends_para(p + len,
		                                                t->n - t->pos - len,
		                                                '\n'));
		tk_tokenize_line(t->tk, p, len, false, collect, t);
		t->pos += len + 1;
	}
	*tok = t->toks[t->next++];
	return 1;
}
