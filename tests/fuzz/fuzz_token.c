/* fuzz_token.c - lib/token and lib/wordbreak on any valid UTF-8 line.
 *
 * Input: byte 0 picks the tokenizer options (uax29, split_contractions,
 * split_hyphens) and an abbreviation list (bits 3-6: 0 the default, k
 * the k-th built-in language, with its spaced abbreviations such as
 * "z. B." and "p. ex.") and, with byte 1, a cut position and a small
 * token limit; the rest, cut at its first ill-formed byte and first line
 * end (a record), is the text.
 * Invariants (token.h, token.c, wordbreak.h):
 *   - tokens come in order, inside the span, do not overlap, are not
 *     empty and hold no White_Space (libunistring's property, not the
 *     tokenizer's own table);
 *   - no character is lost: the tokens joined equal the text with its
 *     white space removed;
 *   - idempotence: a token tokenized on its own gives itself back (so
 *     a word alone on its line keeps a period it kept in context, a part
 *     of a spaced abbreviation too);
 *   - streaming: tokenizing s[0..cut) and then s[cut..n) (with
 *     tk_tokenize_more()), cut from tk_token_cut(), gives the same
 *     tokens as the whole line;
 *   - independent pieces: s[0..cut) and s[cut..n) each with tk_tokenize(),
 *     cut from tk_token_cut_line(), give the same tokens too;
 *   - a paragraph's end (tk_tokenizer_para_end()) changes the tokens
 *     of a line tk_token_lone_period() holds for only, by one period;
 *   - fast path == general path: the same tokens and types with
 *     opts.no_fast_path (libunistring for every chunk);
 *   - tk_wordbreaks() (ASCII fast path, Word_Break table path) ==
 *     tk_wordbreaks_slow();
 *   - the cut of long runs (tk_token_cut_run(), with a limit of 1-16
 *     bytes for TK_TOKEN_MAX): cuts fall on character boundaries, no
 *     piece holds a longer run without white space, nothing is lost, and
 *     starting after white space before the first long run gives the
 *     same cuts. */
#include "fuzz.h"
#include "base/buf.h"
#include "base/space.h"
#include "text/abbrev.h"
#include "text/token.h"
#include "base/utf8.h"
#include "text/wordbreak.h"

#include <string.h>
#include <unictype.h>
#include <unistr.h>

struct toks {
	struct tk_buf text;   /* tokens joined with '\n' */
	size_t n, last_end;
	const char *base;
	size_t base_len;
	size_t shift;         /* offset of the span in the whole line */
	struct tk_buf types;  /* one byte per token */
};

static bool has_space(const char *p, size_t n)
{
	const uint8_t *s = (const uint8_t *)p, *e = s + n;
	while (s < e) {
		ucs4_t c;
		int l = u8_mbtouc(&c, s, (size_t)(e - s));
		if (uc_is_property_white_space(c))
			return true;
		s += l;
	}
	return false;
}

static int collect(void *ctx, const struct tk_token *t)
{
	struct toks *k = ctx;
	FUZZ_CHECK(t->len > 0);
	FUZZ_CHECK(t->p == k->base + t->offset);
	FUZZ_CHECK(t->offset + t->len <= k->base_len);
	FUZZ_CHECK(k->n == 0 || t->offset + k->shift >= k->last_end);
	FUZZ_CHECK((unsigned)t->type < TK_TOK_NTYPES);
	FUZZ_CHECK(!has_space(t->p, t->len));
	FUZZ_CHECK(u8_check((const uint8_t *)t->p, t->len) == NULL);
	k->last_end = t->offset + k->shift + t->len;
	tk_buf_add(&k->text, t->p, t->len);
	tk_buf_addc(&k->text, '\n');
	tk_buf_addc(&k->types, (char)t->type);
	k->n++;
	return 0;
}

/* shift > 0: s continues the line of the previous call on tz. */
static void run(struct tk_tokenizer *tz, const char *s, size_t n,
                size_t shift, struct toks *k)
{
	k->base = s;
	k->base_len = n;
	k->shift = shift;
	FUZZ_CHECK((shift ? tk_tokenize_more : tk_tokenize)(tz, s, n, collect,
	                                                    k) == 0);
}

/* Like run(), but s starts a piece tokenized on its own. */
static void k_fresh(struct tk_tokenizer *tz, const char *s, size_t n,
                    size_t shift, struct toks *k)
{
	k->base = s;
	k->base_len = n;
	k->shift = shift;
	FUZZ_CHECK(tk_tokenize(tz, s, n, collect, k) == 0);
}

static void strip_space(const char *p, size_t n, struct tk_buf *out)
{
	const uint8_t *s = (const uint8_t *)p, *e = s + n;
	while (s < e) {
		ucs4_t c;
		int l = u8_mbtouc(&c, s, (size_t)(e - s));
		if (!uc_is_property_white_space(c))
			tk_buf_add(out, s, (size_t)l);
		s += l;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 2)
		return 0;
	struct tk_tokenizer_opts o = {
		.uax29 = (data[0] & 1) != 0,
		.split_contractions = (data[0] & 2) != 0,
		.split_hyphens = (data[0] & 4) != 0,
	};
	struct tk_abbrev *list = NULL;
	size_t lang = (data[0] >> 3) & 15, nlang = 0;
	while (tk_abbrev_languages[nlang])
		nlang++;
	if (lang > 0 && lang <= nlang) {
		list = tk_abbrev_new();
		FUZZ_CHECK(tk_abbrev_add_builtin(list, tk_abbrev_languages[lang - 1]) ==
		           TK_OK);
		o.abbrev = list;
		o.colon_joins = strcmp(tk_abbrev_languages[lang - 1], "sv") == 0 ||
		                strcmp(tk_abbrev_languages[lang - 1], "fi") == 0;
	}
	const uint8_t *bad = u8_check(data + 2, size - 2);
	size_t n = bad ? (size_t)(bad - (data + 2)) : size - 2;
	const char *s = (const char *)data + 2;
	const char *nl = n ? memchr(s, '\n', n) : NULL;
	if (nl)
		n = (size_t)(nl - s);

	struct tk_tokenizer *tz = tk_tokenizer_new(&o);
	struct toks whole = { TK_BUF_INIT, 0, 0, NULL, 0, 0, TK_BUF_INIT };
	run(tz, s, n, 0, &whole);

	/* No character lost. */
	struct tk_buf want = TK_BUF_INIT, got = TK_BUF_INIT;
	strip_space(s, n, &want);
	for (size_t i = 0; i < whole.text.len; i++)
		if (whole.text.data[i] != '\n')
			tk_buf_addc(&got, whole.text.data[i]);
	FUZZ_CHECK(want.len == got.len &&
	           (want.len == 0 || memcmp(want.data, got.data, want.len) == 0));

	/* Idempotence: each token alone gives itself. */
	if (!o.uax29) {
		size_t i = 0;
		while (i < whole.text.len) {
			char *e = memchr(whole.text.data + i, '\n', whole.text.len - i);
			size_t len = (size_t)(e - (whole.text.data + i));
			struct tk_tokenizer *t2 = tk_tokenizer_new(&o);
			struct toks one = { TK_BUF_INIT, 0, 0, NULL, 0, 0, TK_BUF_INIT };
			run(t2, whole.text.data + i, len, 0, &one);
			if (getenv("FUZZ_DEBUG") && !(one.n == 1 && one.text.len == len + 1)) {
				fprintf(stderr, "token (opts %d%d%d): [", o.uax29,
				        o.split_contractions, o.split_hyphens);
				fwrite(whole.text.data + i, 1, len, stderr);
				fprintf(stderr, "] -> [");
				fwrite(one.text.data, 1, one.text.len, stderr);
				fprintf(stderr, "]\n");
			}
			FUZZ_CHECK(one.n == 1 && one.text.len == len + 1 &&
			           memcmp(one.text.data, whole.text.data + i, len) == 0);
			tk_buf_free(&one.text);
			tk_buf_free(&one.types);
			tk_tokenizer_free(t2);
			i += len + 1;
		}
	}

	/* Fast path == general path, types too. */
	struct tk_tokenizer_opts slow_o = o;
	slow_o.no_fast_path = true;
	struct tk_tokenizer *t5 = tk_tokenizer_new(&slow_o);
	struct toks slow = { TK_BUF_INIT, 0, 0, NULL, 0, 0, TK_BUF_INIT };
	run(t5, s, n, 0, &slow);
	FUZZ_CHECK(slow.text.len == whole.text.len &&
	           (slow.text.len == 0 ||
	            memcmp(slow.text.data, whole.text.data, slow.text.len) == 0));
	FUZZ_CHECK(slow.types.len == whole.types.len &&
	           (slow.types.len == 0 ||
	            memcmp(slow.types.data, whole.types.data, slow.types.len) == 0));
	tk_buf_free(&slow.text);
	tk_buf_free(&slow.types);
	tk_tokenizer_free(t5);

	/* A paragraph's end changes only a lone word with a period:
	 * tk_token_lone_period() says which lines may change. */
	struct tk_tokenizer *t6 = tk_tokenizer_new(&o);
	tk_tokenizer_para_end(t6, true);
	struct toks pe = { TK_BUF_INIT, 0, 0, NULL, 0, 0, TK_BUF_INIT };
	run(t6, s, n, 0, &pe);
	FUZZ_CHECK(tk_token_lone_period(s, n) ||
	           (pe.text.len == whole.text.len &&
	            (pe.text.len == 0 ||
	             memcmp(pe.text.data, whole.text.data, pe.text.len) == 0)));
	FUZZ_CHECK(pe.n >= whole.n && pe.n <= whole.n + 1);
	tk_buf_free(&pe.text);
	tk_buf_free(&pe.types);
	tk_tokenizer_free(t6);

	/* Streaming: a cut where tk_token_cut says it is safe. */
	size_t lim = n ? (size_t)data[1] * n / 255 : 0;
	size_t cut = tk_token_cut(s, lim);
	FUZZ_CHECK(cut <= lim);
	FUZZ_CHECK(tk_utf8_boundary(s, cut) == cut);
	struct tk_tokenizer *t3 = tk_tokenizer_new(&o);
	struct toks parts = { TK_BUF_INIT, 0, 0, NULL, 0, 0, TK_BUF_INIT };
	run(t3, s, cut, 0, &parts);
	run(t3, s + cut, n - cut, cut, &parts);
	if (getenv("FUZZ_DEBUG")) {
		FILE *f = fopen("/tmp/fuzz_token.whole", "wb");
		fwrite(whole.text.data, 1, whole.text.len, f);
		fclose(f);
		f = fopen("/tmp/fuzz_token.parts", "wb");
		fwrite(parts.text.data, 1, parts.text.len, f);
		fclose(f);
	}
	FUZZ_CHECK(parts.text.len == whole.text.len &&
	           (parts.text.len == 0 ||
	            memcmp(parts.text.data, whole.text.data, parts.text.len) == 0));
	tk_tokenizer_free(t3);

	/* Independent pieces (wordfreq -j): a tk_token_cut_line() cut, each
	 * piece with tk_tokenize() (the default options, as wordfreq). */
	if (!o.uax29 && !o.split_contractions && !o.split_hyphens) {
		size_t lcut = tk_token_cut_line(s, lim);
		FUZZ_CHECK(lcut <= cut);
		struct tk_tokenizer *t4 = tk_tokenizer_new(&o);
		struct toks ind = { TK_BUF_INIT, 0, 0, NULL, 0, 0, TK_BUF_INIT };
		run(t4, s, lcut, 0, &ind);
		k_fresh(t4, s + lcut, n - lcut, lcut, &ind);
		FUZZ_CHECK(ind.text.len == whole.text.len &&
		           (ind.text.len == 0 ||
		            memcmp(ind.text.data, whole.text.data, ind.text.len) == 0));
		tk_buf_free(&ind.text);
		tk_buf_free(&ind.types);
		tk_tokenizer_free(t4);
	}

	/* Long runs cut with a small limit (TK_TOKEN_MAX in the tools). */
	{
		size_t max = 1 + (size_t)data[1] % 16, pos = 0, cuts[64], nc = 0;
		for (;;) {
			size_t c = tk_token_cut_run(s + pos, n - pos, max);
			if (c == 0)
				break;
			FUZZ_CHECK(c <= n - pos);
			FUZZ_CHECK(tk_utf8_boundary(s, pos + c) == pos + c);
			pos += c;
			if (nc < 64)
				cuts[nc++] = pos;
		}
		/* no run longer than max (or than one character) is left
		 * between the cuts */
		size_t run = 0, next = 0;
		for (size_t i = 0, l; i < n; i += l) {
			if (next < nc && i == cuts[next]) {
				run = 0;
				next++;
			}
			l = tk_space_len(s + i, n - i, 0);
			if (l) {
				run = 0;
				continue;
			}
			l = (size_t)tk_utf8_seqlen((unsigned char)s[i]);
			run += l;
			FUZZ_CHECK(run <= max || run == l || nc == 64);
		}
		/* the same cuts from after any white space before the first */
		if (nc > 0) {
			size_t first = cuts[0], w = 0;
			for (size_t i = 0, l; i < first; i += l) {
				l = tk_space_len(s + i, n - i, 0);
				if (l)
					w = i + l;
				else
					l = (size_t)tk_utf8_seqlen((unsigned char)s[i]);
			}
			FUZZ_CHECK(w + tk_token_cut_run(s + w, n - w, max) == first);
		}
	}

	/* Word breaks: fast path == libunistring. */
	if (n > 0) {
		char *p1 = malloc(n), *p2 = malloc(n);
		FUZZ_CHECK(p1 && p2);
		tk_wordbreaks(s, n, p1);
		tk_wordbreaks_slow(s, n, p2);
		FUZZ_CHECK(memcmp(p1, p2, n) == 0);
		free(p1);
		free(p2);
	}

	tk_buf_free(&parts.text);
	tk_buf_free(&parts.types);
	tk_buf_free(&whole.text);
	tk_buf_free(&whole.types);
	tk_buf_free(&want);
	tk_buf_free(&got);
	tk_tokenizer_free(tz);
	tk_abbrev_free(list);
	return 0;
}
