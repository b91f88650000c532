/* check_token.c - lib/token: the invariants (nothing lost, no white
 * space in a token, idempotence), the fast path against the general
 * path, --uax29 against libunistring, and the API contract. */
#include "unit.h"
#include "text/abbrev.h"
#include "text/token.h"
#include "text/wordbreak.h"
#include "base/buf.h"
#include "base/xalloc.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unictype.h>
#include "base/utf8.h"

struct collect {
	struct tk_buf text;    /* tokens separated by one space */
	struct tk_buf types;   /* one byte per token */
	size_t n;
	size_t stop_after;     /* return 7 after this many tokens (0: never) */
	size_t last_end;
};

static int add(void *ctx, const struct tk_token *t)
{
	struct collect *c = ctx;
	ck_assert(t->len > 0);
	ck_assert(t->offset >= c->last_end);
	c->last_end = t->offset + t->len;
	if (c->n)
		tk_buf_addc(&c->text, ' ');
	tk_buf_add(&c->text, t->p, t->len);
	tk_buf_addc(&c->types, (char)t->type);
	c->n++;
	return c->stop_after && c->n == c->stop_after ? 7 : 0;
}

/* add() without an assertion per token (Check logs every assertion it
 * passes: slow for the many runs of the differential tests); run_quiet()
 * asserts once at the end instead. */
static int add_quiet(void *ctx, const struct tk_token *t)
{
	struct collect *c = ctx;
	if (t->len == 0 || t->offset < c->last_end)
		c->stop_after = SIZE_MAX; /* marks the run bad */
	c->last_end = t->offset + t->len;
	if (c->n)
		tk_buf_addc(&c->text, ' ');
	tk_buf_add(&c->text, t->p, t->len);
	tk_buf_addc(&c->types, (char)t->type);
	c->n++;
	return 0;
}

static void run_quiet(const struct tk_tokenizer_opts *o, const char *s,
                      size_t n, struct collect *c)
{
	struct tk_tokenizer *t = tk_tokenizer_new(o);
	memset(c, 0, sizeof *c);
	tk_tokenize(t, s, n, add_quiet, c);
	tk_buf_addc(&c->text, '\0');
	tk_tokenizer_free(t);
	if (c->stop_after == SIZE_MAX)
		ck_abort_msg("\"%.*s\": an empty token or tokens out of order: %s",
		             (int)n, s, c->text.data);
}

static void run(const struct tk_tokenizer_opts *o, const char *s, size_t n,
                struct collect *c)
{
	struct tk_tokenizer *t = tk_tokenizer_new(o);
	memset(c, 0, sizeof *c);
	tk_tokenize(t, s, n, add, c);
	tk_buf_addc(&c->text, '\0');
	tk_tokenizer_free(t);
}

static void done(struct collect *c)
{
	tk_buf_free(&c->text);
	tk_buf_free(&c->types);
}

static bool is_ws(tk_char ch)
{
	return uc_is_property_white_space(ch);
}

/* The non-white-space characters of s[0..n), in order. */
static void strip_ws(const char *s, size_t n, struct tk_buf *out)
{
	for (size_t i = 0; i < n;) {
		tk_char ch;
		int l = tk_utf8_decode(s + i, &ch);
		if (!is_ws(ch))
			tk_buf_add(out, s + i, (size_t)l);
		i += (size_t)l;
	}
}


static const char *const pieces[] = {
	"a", "Z", "word", "U", "S", "e", "g", "s", "n't", "7", "2022", "0",
	"_", ".", ".", ",", ";", ":", "/", "'", "\"", " ", " ", " ", "\t", "-",
	"-", "$", "%", "#", "@", "(", ")", "!", "?", "http", "://", "www.",
	"mailto:", ".com", ":)", "<3", "*", "=",
	"\xCC\x81", "\xE2\x80\x8D", "\xF0\x9F\x91\x8D", "\xF0\x9F\x8F\xBD",
	"\xF0\x9F\x87\xAB", "\xE6\x9D\xB1", "\xD7\x90", "\xE3\x82\xAB",
	"\xC2\xA0", "\xC3\xA9", "\xE2\x80\x99", "\xE2\x80\x98",
	"\xE2\x80\x90", "\xE3\x80\x80", "\xEF\xB8\x8F", "\xE2\x80\xA6",
	"\xD0\x96", "\xCE\xA3",
};

static size_t gen(uint64_t *st, char *s, bool ascii_only)
{
	size_t n = 0, parts = 1 + unit_rand(st) % 14;
	for (size_t p = 0; p < parts; p++) {
		const char *x;
		do
			x = pieces[unit_rand(st) % TK_LEN(pieces)];
		while (ascii_only && (unsigned char)x[0] >= 0x80);
		size_t l = strlen(x);
		memcpy(s + n, x, l);
		n += l;
	}
	return n;
}

static const struct tk_tokenizer_opts modes[] = {
	{ 0 },
	{ .split_contractions = true },
	{ .split_hyphens = true },
	{ .uax29 = true },
};

/* The fast path also against combinations (not idempotent under
 * --uax29, so only here). */
static const struct tk_tokenizer_opts fast_modes[] = {
	{ 0 },
	{ .split_contractions = true },
	{ .split_hyphens = true },
	{ .uax29 = true },
	{ .uax29 = true, .split_contractions = true },
};

START_TEST(nothing_lost_no_white_space)
{
	uint64_t st = 4242;
	char s[512];
	for (int iter = 0; iter < 4000; iter++) {
		size_t n = gen(&st, s, false);
		for (size_t m = 0; m < TK_LEN(modes); m++) {
			struct collect c;
			run(&modes[m], s, n, &c);
			struct tk_buf a = TK_BUF_INIT, b = TK_BUF_INIT;
			strip_ws(s, n, &a);
			strip_ws(c.text.data, c.text.len - 1, &b);
			ck_assert_msg(a.len == b.len && (a.len == 0 || memcmp(a.data, b.data, a.len) == 0),
			              "mode %zu lost characters of \"%.*s\": %s", m,
			              (int)n, s, c.text.data);
			/* spaces in the text are only the separators */
			size_t spaces = 0;
			for (size_t i = 0; i < c.text.len; i++)
				spaces += c.text.data[i] == ' ';
			ck_assert(c.n == 0 || spaces == c.n - 1);
			tk_buf_free(&a);
			tk_buf_free(&b);
			done(&c);
		}
	}
}
END_TEST

START_TEST(idempotent)
{
	uint64_t st = 99;
	char s[512];
	for (int iter = 0; iter < 4000; iter++) {
		size_t n = gen(&st, s, false);
		for (size_t m = 0; m < TK_LEN(modes); m++) {
			/* KNOWN BUG, open: --split-contractions is not yet
			 * idempotent on run-together clitics such as "gn'tn't"
			 * (real text passes: tests/cli and tests/prop). */
			struct collect c1, c2;
			run(&modes[m], s, n, &c1);
			run(&modes[m], c1.text.data, c1.text.len - 1, &c2);
			ck_assert_msg(strcmp(c1.text.data, c2.text.data) == 0,
			              "mode %zu: \"%.*s\" -> \"%s\" -> \"%s\"", m,
			              (int)n, s, c1.text.data, c2.text.data);
			/* KNOWN BUG, open: a few generated inputs give a token
			 * ("www.Z") another type when read back; the text is
			 * always the same.  Re-enable when fixed. */
			for (size_t k = 0; k < c1.types.len; k++)
				ck_assert_msg(c1.types.data[k] == c2.types.data[k],
				              "mode %zu: \"%.*s\" -> \"%s\": token %zu: type %d, again %d",
				              m, (int)n, s, c1.text.data, k, c1.types.data[k],
				              c2.types.data[k]);
			done(&c1);
			done(&c2);
		}
	}
}
END_TEST

START_TEST(fast_path_equals_general_path)
{
	uint64_t st = 31337;
	char s[512];
	for (int iter = 0; iter < 4000; iter++) {
		size_t n = gen(&st, s, true);
		for (size_t m = 0; m < TK_LEN(fast_modes); m++) {
			struct tk_tokenizer_opts slow = fast_modes[m];
			slow.no_fast_path = true;
			struct collect c1, c2;
			run(&fast_modes[m], s, n, &c1);
			run(&slow, s, n, &c2);
			ck_assert_msg(strcmp(c1.text.data, c2.text.data) == 0,
			              "mode %zu: \"%.*s\": fast \"%s\", general \"%s\"",
			              m, (int)n, s, c1.text.data, c2.text.data);
			for (size_t k = 0; k < c1.types.len; k++)
				ck_assert_msg(c1.types.data[k] == c2.types.data[k],
				              "mode %zu: \"%s\": token %zu: type %d, general %d",
				              m, c1.text.data, k, c1.types.data[k],
				              c2.types.data[k]);
			done(&c1);
			done(&c2);
		}
	}
}
END_TEST

/* Every script of mixed-language text, for the non-ASCII fast paths
 * (class table, table-driven word boundaries, letter-first words):
 * letters, marks, digits of other scripts, ZWJ sequences, skin tones,
 * keycaps, flags, apostrophes and periods, U+2139 (the one letter that
 * is an emoji), unassigned and supplementary code points. */
static const char *const script_pieces[] = {
	"a", "Z", "word", "7", "2022", "_", ".", ",", ":", ";", "'", "\"",
	"-", "/", "@", "#", "!", "?", " ", " ", "\t", "n't", "'s", "www.",
	"http://", "x@y.z", ":)",
	"\xC3\xA9", "\xC5\x81", "\xCC\x81", "\xCC\x88",          /* é Ł U+0301 U+0308 */
	"\xD0\x96", "\xD0\xB8\xD1\x8F", "\xCE\xA3", "\xCE\xAC", /* Ж ия Σ ά */
	"\xD8\xB9", "\xD9\x84\xD8\xA7", "\xD9\x8B", "\xD9\xA3", /* Arabic, tanwin, 3 */
	"\xD8\x8C", "\xD7\x90", "\xD7\xA9", "\xD7\xB3", "\xD7\xB4", /* ، alef shin geresh gershayim */
	"\xE0\xA4\x95", "\xE0\xA5\x8D", "\xE0\xA4\xBF", "\xE0\xA5\xA9", /* Devanagari */
	"\xE0\xA5\xA4", "\xE0\xB8\x81", "\xE0\xB8\xB1", "\xE0\xB9\x93", /* danda, Thai */
	"\xED\x95\x9C", "\xEA\xB8\x80", "\xE1\x84\x80",           /* Hangul, jamo */
	"\xE6\x9D\xB1", "\xE4\xBA\xAC", "\xE3\x80\x82", "\xE3\x80\x81", /* CJK 。、 */
	"\xE3\x82\xAB", "\xE3\x83\xBC", "\xE3\x81\x82", "\xEF\xBC\x91", /* カ ー あ １ */
	"\xF0\x9F\x91\x8D", "\xF0\x9F\x8F\xBD", "\xE2\x80\x8D", /* thumbs, tone, ZWJ */
	"\xF0\x9F\x91\xA9", "\xE2\x9D\xA4", "\xEF\xB8\x8F",       /* woman, heart, VS16 */
	"\xE2\x83\xA3", "\xF0\x9F\x87\xAB", "\xF0\x9F\x87\xB7", /* keycap, RI F R */
	"\xE2\x84\xB9", "\xE2\x98\xBA", "\xC2\xA9",                /* U+2139 ☺ © */
	"\xE2\x80\x99", "\xE2\x80\x98", "\xE2\x80\x90", "\xE2\x80\x94", /* ’ ‘ ‐ — */
	"\xE2\x80\xA6", "\xC2\xA0", "\xE3\x80\x80", "\xE2\x80\x8B", /* … NBSP ideographic space ZWSP */
	"\xC2\xAD", "\xEF\xBB\xBF", "\xCD\xB8", "\xF0\x90\x90\x80", /* SHY ZWNBSP U+0378 U+10400 */
	"\xF0\x9D\x9F\x8E", "\xF3\xA0\x80\xA0", "\xF0\xAF\xA8\x9D", /* math 0, tag, CJK ext */
	"\xEF\xB9\x92", "\xEF\xBC\x8E",                             /* small and fullwidth . */
};

START_TEST(fast_path_equals_general_path_scripts)
{
	uint64_t st = 8086;
	char s[1024];
	for (int iter = 0; iter < unit_scale(20000); iter++) {
		size_t n = 0, parts = 1 + unit_rand(&st) % 24;
		for (size_t p = 0; p < parts; p++) {
			const char *x = script_pieces[unit_rand(&st) % TK_LEN(script_pieces)];
			size_t l = strlen(x);
			memcpy(s + n, x, l);
			n += l;
		}
		for (size_t m = 0; m < TK_LEN(fast_modes); m++) {
			struct tk_tokenizer_opts slow = fast_modes[m];
			slow.no_fast_path = true;
			struct collect c1, c2;
			run(&fast_modes[m], s, n, &c1);
			run(&slow, s, n, &c2);
			ck_assert_msg(strcmp(c1.text.data, c2.text.data) == 0,
			              "mode %zu: \"%.*s\": fast \"%s\", general \"%s\"",
			              m, (int)n, s, c1.text.data, c2.text.data);
			ck_assert_uint_eq(c1.types.len, c2.types.len);
			for (size_t k = 0; k < c1.types.len; k++)
				ck_assert_msg(c1.types.data[k] == c2.types.data[k],
				              "mode %zu: \"%s\": token %zu: type %d, general %d",
				              m, c1.text.data, k, c1.types.data[k],
				              c2.types.data[k]);
			done(&c1);
			done(&c2);
		}
	}
}
END_TEST

/* Article-like text for the fast paths: words of every length (the
 * eight-bytes-at-a-time letter runs), every closing character before
 * white space or at the end, and the rules that must send a chunk to
 * the general path (abbreviations, contractions, numbers, URLs, e-mail,
 * colons, quotes); with `mixed`, non-ASCII letters, white space and
 * punctuation in and between the chunks. */
static const char *const article_pieces[] = {
	"Dr", "dr", "DR", "Mr", "mr", "etc", "Etc", "e.g", "i.e", "U.S", "Ph.D",
	"a.m", "p", "A", "J", "St", "no", "in", "Jan", "Sept", "univ",
	"don't", "Russia's", "parents'", "'tis", "n't", "'s", "l'homme",
	"45-year-old", "e-mail", "pre-", "1,000", "3.14", "10:30", "1:1",
	"08/16/2000", "1990's", "12", "0", "2022", "_x", "a_b", "x_",
	"http://example.org/a?b=c", "www.Example.com", "mailto:x@y.z",
	"mailto:x", "a@b.co", "@who", "#tag", "www", "WWW.", ":)", ";)",
	":-D", "<3", "?!", "...", "--", "**", "a:b", "Note:Do",
	".", ".", ",", ";", ":", "!", "?", ")", "(", "\"", "'", "`", "-",
	"/", "$", "%", "&", "*", "+", "=",
};

static const char *const mixed_pieces[] = {
	"\xC3\xA9", "\xC3\x89", "\xC2\xA0", "\xE2\x80\x99", "\xE2\x80\x98",
	"\xE2\x80\x90", "\xE3\x80\x80", "\xE2\x80\xA6", "\xD0\x96",
	"\xF0\x9F\x91\x8D", "\xCC\x81", "\xE2\x80\x83", "\xC2\x85",
};

static size_t gen_article(uint64_t *st, char *s, size_t cap, bool mixed)
{
	static const char letters[] = "abcdefghijklmnopqrstuvwxyz"
	                              "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
	size_t n = 0, parts = 1 + unit_rand(st) % 24;
	for (size_t p = 0; p < parts && n + 64 < cap; p++) {
		uint32_t x = unit_rand(st) % 16;
		if (x < 6) {
			/* a word: 1 to 20 letters, mostly lower case */
			size_t l = 1 + unit_rand(st) % 20;
			bool up = unit_rand(st) % 4 == 0;
			for (size_t k = 0; k < l; k++)
				s[n++] = letters[unit_rand(st) % 26 + (up && k == 0 ? 26 : 0)];
		} else if (x < 7) {
			size_t l = 1 + unit_rand(st) % 12;
			for (size_t k = 0; k < l; k++)
				s[n++] = (char)('0' + unit_rand(st) % 10);
		} else if (x < 12) {
			const char *w = article_pieces[unit_rand(st) % TK_LEN(article_pieces)];
			memcpy(s + n, w, strlen(w));
			n += strlen(w);
		} else if (mixed && x < 13) {
			const char *w = mixed_pieces[unit_rand(st) % TK_LEN(mixed_pieces)];
			memcpy(s + n, w, strlen(w));
			n += strlen(w);
		}
		/* mostly one space between pieces, sometimes none or more */
		uint32_t sp = unit_rand(st) % 8;
		if (sp < 5)
			s[n++] = ' ';
		else if (sp == 5)
			s[n++] = '\t';
		else if (sp == 6) {
			s[n++] = ' ';
			s[n++] = ' ';
		}
	}
	if (n && unit_rand(st) % 2 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	return n;
}

/* fast == general on one line in every mode */
static void check_fast(const char *s, size_t n)
{
	for (size_t m = 0; m < TK_LEN(fast_modes); m++) {
		struct tk_tokenizer_opts slow = fast_modes[m];
		slow.no_fast_path = true;
		struct collect c1, c2;
		run_quiet(&fast_modes[m], s, n, &c1);
		run_quiet(&slow, s, n, &c2);
		/* one assertion per run: Check logs every one it passes */
		bool same = strcmp(c1.text.data, c2.text.data) == 0 &&
		            c1.types.len == c2.types.len &&
		            (c1.types.len == 0 ||
		             memcmp(c1.types.data, c2.types.data, c1.types.len) == 0);
		if (!same) {
			size_t k = 0;
			while (k < c1.types.len && k < c2.types.len &&
			       c1.types.data[k] == c2.types.data[k])
				k++;
			ck_abort_msg("mode %zu: \"%.*s\": fast \"%s\", general "
			             "\"%s\" (types equal up to token %zu)",
			             m, (int)n, s, c1.text.data, c2.text.data, k);
		}
		done(&c1);
		done(&c2);
	}
}

START_TEST(fast_path_equals_general_path_article)
{
	uint64_t st = 20261125;
	char s[2048];
	for (int iter = 0; iter < 20000; iter++) {
		size_t n = gen_article(&st, s, sizeof s, iter % 2 == 1);
		check_fast(s, n);
	}
	/* non-ASCII text: the fast path hands it over chunk by chunk */
	for (int iter = 0; iter < 4000; iter++) {
		size_t n = gen(&st, s, false);
		check_fast(s, n);
	}
}
END_TEST

/* Every closing character after every kind of run, before white
 * space, at the end of the line and before non-ASCII text. */
START_TEST(fast_path_closing_characters)
{
	static const char *const runs[] = {
		"a", "I", "Z", "word", "Word", "WORD", "abcdefgh", "abcdefghi",
		"abcdefghijklmnopq", "Dr", "etc", "Mrs", "jan", "JAN", "No", "x_",
		"a_b", "1", "12", "1990", "abc1", "1abc", "Www", "www", "mailto",
		"don't", "U.S", "1,000", "Ph.D", "e.g", "a:b", "1:1", "10:30",
		"08/16/2000", "1:1a", "1/2", "12:00:00", "1:1'B", "1:", "1:a",
		"1/a", "1a'B", "3.14", "1,000:5", "1-2", "1:2-3",
	};
	static const char *const after[] = {
		"", " ", "\t", " x", "\xC2\xA0", "\xC3\xA9", "\xE2\x80\x99", "x",
	};
	char s[128];
	for (size_t r = 0; r < TK_LEN(runs); r++)
		for (int ch = 0x21; ch < 0x7F; ch++)
			for (size_t a = 0; a < TK_LEN(after); a++) {
				int n = snprintf(s, sizeof s, "%s%c%s", runs[r], ch, after[a]);
				check_fast(s, (size_t)n);
				n = snprintf(s, sizeof s, "x %s%c%s y", runs[r], ch, after[a]);
				check_fast(s, (size_t)n);
			}
}
END_TEST

/* The abbreviation list (lib/text/token.c) through the API: each entry keeps
 * its period as listed, capitalised and in capitals, not in mixed case;
 * words around the entries (in the bisection's order) do not. */
/* Tokens of line s with the tokenizer told para_end. */
static void run_para(const struct tk_tokenizer_opts *o, const char *s,
                     bool para_end, const char *want)
{
	struct tk_tokenizer *t = tk_tokenizer_new(o);
	struct collect c;
	memset(&c, 0, sizeof c);
	tk_tokenizer_para_end(t, para_end);
	tk_tokenize(t, s, strlen(s), add, &c);
	tk_buf_addc(&c.text, '\0');
	tk_tokenizer_free(t);
	ck_assert_msg(strcmp(c.text.data, want) == 0, "\"%s\" (%d): \"%s\"",
	              s, para_end, c.text.data);
	done(&c);
}

START_TEST(lone_period_and_para_end)
{
	ck_assert(tk_token_lone_period("no.", 3));
	ck_assert(tk_token_lone_period(" \tno. \r", 7));
	ck_assert(tk_token_lone_period("no.\xe3\x80\x80", 6));
	ck_assert(tk_token_lone_period("(no.", 4));
	ck_assert(!tk_token_lone_period("no. x", 5));
	ck_assert(!tk_token_lone_period("said no.", 8));
	ck_assert(!tk_token_lone_period("no", 2));
	ck_assert(!tk_token_lone_period("", 0));
	ck_assert(!tk_token_lone_period("  ", 2));
	const struct tk_tokenizer_opts en = { 0 };
	/* a word that is also an abbreviation: by the line after it */
	run_para(&en, "no.", false, "no.");
	run_para(&en, "no.", true, "no .");
	run_para(&en, "  figs.  ", true, "figs .");
	run_para(&en, "I.", true, "I .");
	run_para(&en, "I.", false, "I.");
	/* an abbreviation whatever follows, and lines not alone */
	run_para(&en, "U.S.", true, "U.S.");
	run_para(&en, "etc.", true, "etc.");
	run_para(&en, "said no.", false, "said no .");
	run_para(&en, "No. 5", true, "No. 5");
	/* which lines need the next one: only where it changes tokens */
	struct tk_tokenizer *t = tk_tokenizer_new(&en);
	ck_assert(tk_tokenizer_needs_next(t, "no.", 3));
	ck_assert(tk_tokenizer_needs_next(t, " I. ", 4));
	ck_assert(!tk_tokenizer_needs_next(t, "c.", 2));
	ck_assert(!tk_tokenizer_needs_next(t, "U.S.", 4));
	ck_assert(!tk_tokenizer_needs_next(t, "said no.", 8));
	tk_tokenizer_free(t);
	/* a part of a spaced abbreviation, one per line, read back */
	struct tk_abbrev *de = tk_abbrev_new();
	ck_assert_int_eq(tk_abbrev_add_builtin(de, "de"), 0);
	const struct tk_tokenizer_opts o = { .abbrev = de };
	run_para(&o, "B.", true, "B.");
	run_para(&o, "z.", true, "z .");
	run_para(&o, "z.", false, "z.");
	run_para(&o, "Nr.", true, "Nr .");
	run_para(&o, "Nr.", false, "Nr.");
	tk_abbrev_free(de);
}
END_TEST

START_TEST(abbreviations)
{
	static const char *const list[] = {
		"adm", "al", "ala", "approx", "apr", "ariz", "ark", "art",
		"assn", "assoc", "asst", "aug", "ave", "avg", "blvd", "bros",
		"ca", "calif", "capt", "cf", "ch", "cmdr", "co", "col",
		"colo", "conn", "corp", "cpt", "dec", "del", "dept", "dr",
		"drs", "ed", "eds", "eq", "esq", "est", "etc", "ex", "ext",
		"feb", "fig", "figs", "fla", "fr", "fri", "ft", "ga", "gen",
		"gov", "govt", "hon", "hr", "hrs", "hwy", "ill", "inc",
		"incl", "ind", "insp", "jan", "jr", "jul", "jun", "kan",
		"km", "ky", "la", "lb", "lbs", "lit", "ln", "lt", "ltd",
		"maj", "mar", "mass", "max", "md", "messrs", "mgr", "mi",
		"mich", "min", "minn", "mins", "misc", "miss", "mlle", "mme",
		"mo", "mon", "mont", "mr", "mrs", "ms", "mt", "mx", "neb",
		"nev", "no", "nos", "nov", "nr", "oct", "okla", "op", "ore",
		"oz", "pa", "pp", "pres", "prof", "rd", "ref",
		"rep", "rev", "sat", "sec", "sen", "sep", "sept", "sgt",
		"sq", "sr", "st", "sun", "supt", "tab", "tel", "tenn", "tex",
		"thu", "thur", "thurs", "tue", "tues", "univ", "va", "viz",
		"vol", "vols", "vs", "vt", "wash", "wed", "wis", "wyo", "yr",
		"yrs",
	};
	/* listed capitalised with the word flag (states, days, months):
	 * in lower case they are the words (ark, miss, wash, sun) */
	static const char *const cap_words[] = {
		"ark", "ill", "la", "mar", "mass", "miss", "mo", "mon", "ore",
		"pa", "sat", "sun", "wash", "wed", "wis",
	};
	static const char *const not_listed[] = {
		"a", "ad", "admi", "aa", "zz", "vx", "vss", "volss", "messr",
		"messrss", "nx", "in", "do", "dre", "d", "sep1", "mr_", "mrx",
		"abcdefg", "jr1",
	};
	char s[32], want[32];
	for (size_t i = 0; i < TK_LEN(list); i++)
		for (int form = 0; form < 4; form++) {
			size_t n = strlen(list[i]);
			for (size_t k = 0; k < n; k++) {
				char ch = list[i][k];
				bool up = form == 2 || (form == 1 && k == 0) ||
				          (form == 3 && k == 1);
				s[k] = up ? (char)(ch - 32) : ch;
			}
			/* form 3 (dR: mixed) keeps it only if it is all
			 * capitals after the first letter */
			bool keeps = form < 3 || n == 2;
			for (size_t w = 0; w < TK_LEN(cap_words); w++)
				if (form == 0 && strcmp(list[i], cap_words[w]) == 0)
					keeps = false;
			snprintf(s + n, sizeof s - n, ". x");
			snprintf(want, sizeof want, keeps ? "%.*s. x" : "%.*s . x",
			         (int)n, s);
			struct collect c;
			run(NULL, s, strlen(s), &c);
			ck_assert_msg(strcmp(c.text.data, want) == 0,
			              "\"%s\": \"%s\", want \"%s\"", s,
			              c.text.data, want);
			done(&c);
			check_fast(s, strlen(s));
		}
	for (size_t i = 0; i < TK_LEN(not_listed); i++) {
		snprintf(s, sizeof s, "%s. x", not_listed[i]);
		snprintf(want, sizeof want, "%s . x", not_listed[i]);
		struct collect c;
		run(NULL, s, strlen(s), &c);
		ck_assert_msg(strcmp(c.text.data, want) == 0,
		              "\"%s\": \"%s\", want \"%s\"", s, c.text.data, want);
		done(&c);
	}
}
END_TEST

/* The table of character classes is libunistring's answer on every
 * code point (pages filled on first use, in several threads at once). */
static void *check_classes_thread(void *arg)
{
	*(int *)arg = tk_token_check_classes();
	return NULL;
}

START_TEST(class_table_equals_libunistring)
{
	pthread_t th;
	int r1 = -1, r2 = -1;
	ck_assert_int_eq(pthread_create(&th, NULL, check_classes_thread, &r1), 0);
	check_classes_thread(&r2);
	ck_assert_int_eq(pthread_join(th, NULL), 0);
	ck_assert_msg(r1 == 0 && r2 == 0, "class of U+%04X", (unsigned)(r1 ? r1 : r2));
}
END_TEST

/* --uax29: libunistring's segments of the whole line, white space
 * removed (splitting a segment where white space is inside it). */
START_TEST(uax29_equals_libunistring)
{
	uint64_t st = 2024;
	char s[512], p[512];
	struct tk_tokenizer_opts o = { .uax29 = true };
	for (int iter = 0; iter < 4000; iter++) {
		size_t n = gen(&st, s, false);
		tk_wordbreaks_slow(s, n, p);
		struct tk_buf want = TK_BUF_INIT;
		bool in_tok = false, first = true;
		for (size_t i = 0; i < n;) {
			tk_char ch;
			int l = tk_utf8_decode(s + i, &ch);
			if (is_ws(ch)) {
				in_tok = false;
			} else {
				if (!in_tok || p[i]) {
					if (!first)
						tk_buf_addc(&want, ' ');
					first = false;
				}
				tk_buf_add(&want, s + i, (size_t)l);
				in_tok = true;
			}
			i += (size_t)l;
		}
		tk_buf_addc(&want, '\0');
		struct collect c;
		run(&o, s, n, &c);
		ck_assert_msg(strcmp(c.text.data, want.data) == 0,
		              "\"%.*s\": got \"%s\", want \"%s\"", (int)n, s,
		              c.text.data, want.data);
		done(&c);
		tk_buf_free(&want);
	}
}
END_TEST

START_TEST(callback_stops)
{
	struct tk_tokenizer *t = tk_tokenizer_new(NULL);
	struct collect c = { .stop_after = 2 };
	ck_assert_int_eq(tk_tokenize(t, "a b c d", 7, add, &c), 7);
	ck_assert_uint_eq(c.n, 2);
	done(&c);
	tk_tokenizer_free(t);
}
END_TEST

START_TEST(types_and_offsets)
{
	struct collect c;
	const char *s = "Hi 4 , $ http://a.b x@y.z #t @u \xF0\x9F\x91\x8D";
	run(NULL, s, strlen(s), &c);
	static const enum tk_token_type want[] = {
		TK_TOK_WORD, TK_TOK_NUMBER, TK_TOK_PUNCT, TK_TOK_SYMBOL,
		TK_TOK_URL, TK_TOK_EMAIL, TK_TOK_HASHTAG, TK_TOK_MENTION,
		TK_TOK_EMOJI };
	ck_assert_uint_eq(c.n, TK_LEN(want));
	for (size_t i = 0; i < TK_LEN(want); i++)
		ck_assert_int_eq(c.types.data[i], want[i]);
	done(&c);
	ck_assert_str_eq(tk_token_type_name(TK_TOK_EMOJI), "emoji");
	ck_assert_str_eq(tk_token_type_name(TK_TOK_NTYPES), "unknown");
	ck_assert(tk_token_is_word(TK_TOK_NUMBER));
	ck_assert(!tk_token_is_word(TK_TOK_URL));
}
END_TEST

START_TEST(cut)
{
	ck_assert_uint_eq(tk_token_cut("abc def", 7), 4);
	ck_assert_uint_eq(tk_token_cut("abcdef", 6), 0);
	ck_assert_uint_eq(tk_token_cut("a\tb", 3), 2);
	ck_assert_uint_eq(tk_token_cut("", 0), 0);
	ck_assert_uint_eq(tk_token_cut("a\xC2\xA0" "b", 4), 3);     /* NBSP */
	ck_assert_uint_eq(tk_token_cut("a\xE3\x80\x80" "b", 5), 4); /* U+3000 */
	ck_assert_uint_eq(tk_token_cut("a\xE3\x80\x81" "b", 5), 0); /* U+3001 */
	/* white space after a period: held up to TK_TOKEN_CUT_LINE_MAX,
	 * then cut after it as tk_token_cut_line() cuts */
	size_t n = TK_TOKEN_CUT_LINE_MAX + 1;
	char *s = xmalloc(n);
	memset(s, ' ', n);
	memcpy(s, "no.", 3);
	ck_assert_uint_eq(tk_token_cut(s, n - 1), 0);
	ck_assert_uint_eq(tk_token_cut(s, n), n);
	ck_assert_uint_eq(tk_token_cut_line(s, n), n);
	s[n - 1] = 'y';
	ck_assert_uint_eq(tk_token_cut(s, n), n - 1);
	ck_assert_uint_eq(tk_token_cut_line(s, n), n - 1);
	free(s);
}
END_TEST

/* A line cut into pieces gives the tokens of the whole line: with
 * tk_tokenize_more() after a tk_token_cut() cut, and with tk_tokenize()
 * on each piece after a tk_token_cut_line() cut. */
static void run_pieces(const char *s, size_t n, size_t lim, bool line,
                   struct collect *c)
{
	struct tk_tokenizer *t = tk_tokenizer_new(NULL);
	memset(c, 0, sizeof *c);
	size_t at = line ? tk_token_cut_line(s, lim) : tk_token_cut(s, lim);
	ck_assert_uint_le(at, lim);
	tk_tokenize(t, s, at, add, c);
	c->last_end = 0;
	if (line)
		tk_tokenize(t, s + at, n - at, add, c);
	else
		tk_tokenize_more(t, s + at, n - at, add, c);
	tk_buf_addc(&c->text, '\0');
	tk_tokenizer_free(t);
}

START_TEST(streaming)
{
	static const char *const fixed[] = {
		"'a x parents' end", "'a' x parents' end", "'a b' parents'",
		"\xE2\x80\x98" "a x parents\xE2\x80\x99 end",
	};
	uint64_t st = 7;
	char s[512];
	for (int iter = 0; iter < 4000 + (int)TK_LEN(fixed); iter++) {
		size_t n;
		if (iter < (int)TK_LEN(fixed)) {
			n = strlen(fixed[iter]);
			memcpy(s, fixed[iter], n);
		} else
			n = gen(&st, s, false);
		struct collect whole;
		run(NULL, s, n, &whole);
		for (size_t lim = 0; lim <= n; lim += 1 + n / 8) {
			if (tk_utf8_boundary(s, lim) != lim)
				continue;
			for (int line = 0; line < 2; line++) {
				struct collect c;
				run_pieces(s, n, lim, line, &c);
				ck_assert_msg(strcmp(c.text.data, whole.text.data) == 0,
				              "\"%.*s\" cut %s at %zu: \"%s\", whole \"%s\"",
				              (int)n, s, line ? "line" : "more", lim,
				              c.text.data, whole.text.data);
				done(&c);
			}
		}
		done(&whole);
	}
	/* an open quote: no cut for independent pieces */
	ck_assert_uint_eq(tk_token_cut_line("'a b c", 6), 0);
	/* the piece after a cut holds two words at least: the last word of
	 * a piece is alone on it for T10 in context ("#ve U." must not cut
	 * before "U.", which would keep its period alone) */
	ck_assert_uint_eq(tk_token_cut_line("'a' b c", 7), 4);
	ck_assert_uint_eq(tk_token_cut_line("a b c", 5), 2);
	ck_assert_uint_eq(tk_token_cut_line("#ve U.", 5), 0);
}
END_TEST

/* tk_token_cut_long() and tk_tokenize_line(): a run longer than
 * TK_TOKEN_MAX is cut every TK_TOKEN_MAX bytes from its start, at a
 * character boundary, and the offsets of the pieces' tokens stay
 * offsets into the line. */
struct spans {
	size_t n, off[8], len[8];
};

static int add_span(void *ctx, const struct tk_token *t)
{
	struct spans *sp = ctx;
	if (sp->n < 8) {
		sp->off[sp->n] = t->offset;
		sp->len[sp->n] = t->len;
	}
	sp->n++;
	return 0;
}

START_TEST(long_runs_cut)
{
	size_t max = TK_TOKEN_MAX, n = 2 + max + 10 + 3;
	char *s = malloc(n);
	ck_assert_ptr_nonnull(s);
	memcpy(s, "x ", 2);
	memset(s + 2, 'a', max + 10);
	memcpy(s + 2 + max + 10, " yz", 3);
	ck_assert_uint_eq(tk_token_cut_long(s, n), 2 + max);
	ck_assert_uint_eq(tk_token_cut_long(s, max), 0);
	ck_assert_uint_eq(tk_token_cut_long(s + 2 + max, n - 2 - max), 0);
	struct tk_tokenizer *t = tk_tokenizer_new(NULL);
	struct spans sp = { 0 };
	tk_tokenize_line(t, s, n, false, add_span, &sp);
	ck_assert_uint_eq(sp.n, 4);
	ck_assert_uint_eq(sp.off[1], 2);
	ck_assert_uint_eq(sp.len[1], max);
	ck_assert_uint_eq(sp.off[2], 2 + max);
	ck_assert_uint_eq(sp.len[2], 10);
	ck_assert_uint_eq(sp.off[3], 2 + max + 11);
	free(s);
	/* three-byte characters: the cut falls on a character boundary */
	size_t chars = max / 3 + 5;
	s = malloc(chars * 3);
	ck_assert_ptr_nonnull(s);
	for (size_t i = 0; i < chars; i++)
		memcpy(s + 3 * i, "\xe2\x82\xac", 3);
	ck_assert_uint_eq(tk_token_cut_long(s, chars * 3), max - max % 3);
	free(s);
	tk_tokenizer_free(t);
}
END_TEST

Suite *token_suite(void)
{
	Suite *s = suite_create("token");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, callback_stops);
	tcase_add_test(tc, types_and_offsets);
	tcase_add_test(tc, cut);
	tcase_add_test(tc, streaming);
	tcase_add_test(tc, nothing_lost_no_white_space);
	tcase_add_test(tc, idempotent);
	tcase_add_test(tc, fast_path_equals_general_path);
	tcase_add_test(tc, fast_path_equals_general_path_article);
	tcase_add_test(tc, fast_path_equals_general_path_scripts);
	tcase_add_test(tc, fast_path_closing_characters);
	tcase_add_test(tc, abbreviations);
	tcase_add_test(tc, lone_period_and_para_end);
	tcase_add_test(tc, long_runs_cut);
	tcase_add_test(tc, class_table_equals_libunistring);
	tcase_add_test(tc, uax29_equals_libunistring);
	suite_add_tcase(s, tc);
	return s;
}
