/* check_sentence.c - lib/sentence and lib/abbrev: the UAX #29 rules,
 * the default segmenter's decisions, the streaming contract, and
 * differential tests of the fast paths (the byte-skip loop against
 * examining every byte; chunked feeding against one feed; squeeze
 * against a naive reference). */
#include "unit.h"
#include "text/abbrev.h"
#include "base/buf.h"
#include "text/sentence.h"
#include "text/sentimpl.h"
#include "base/utf8.h"
#include "base/space.h"
#include "base/xalloc.h"

#include <stdio.h>
#include <stdlib.h>

/* ---- helpers ------------------------------------------------------------ */

/* Sentences as "start:end[P][C]|..." with stream offsets. */
struct rec {
	struct tk_buf out;
	size_t base;
};

static int rec_fn(void *ctx, const struct tk_sentence *snt)
{
	struct rec *r = ctx;
	char tmp[64];
	snprintf(tmp, sizeof tmp, "%zu:%zu%s%s|", r->base + snt->offset,
	         r->base + snt->offset + snt->len, snt->para ? "P" : "",
	         snt->cut ? "C" : "");
	tk_buf_adds(&r->out, tmp);
	return 0;
}

/* Sentences as text lines joined by '|'. */
static int text_fn(void *ctx, const struct tk_sentence *snt)
{
	struct tk_buf *b = ctx;
	if (snt->para)
		tk_buf_adds(b, "||");
	else if (b->len)
		tk_buf_addc(b, '|');
	tk_sentence_squeeze(snt->p, snt->len, b);
	return 0;
}

static struct tk_abbrev *lang(const char *l)
{
	struct tk_abbrev *a = tk_abbrev_new();
	ck_assert_int_eq(tk_abbrev_add_builtin(a, l), TK_OK);
	return a;
}

/* Split s in one feed; return "s1|s2||s3" (|| = paragraph). */
static char *split(const char *s, const char *l, bool uax29)
{
	struct tk_abbrev *a = l ? lang(l) : NULL;
	struct tk_sentence_opts o = { .uax29 = uax29, .abbrev = a };
	struct tk_splitter *sp = tk_splitter_new(&o);
	struct tk_buf b = TK_BUF_INIT;
	size_t used = tk_sentence_feed(sp, s, strlen(s), true, text_fn, &b);
	ck_assert_uint_eq(used, strlen(s));
	tk_splitter_free(sp);
	tk_abbrev_free(a);
	char *r = xstrdup(tk_buf_cstr(&b));
	tk_buf_free(&b);
	return r;
}

#define ck_split(in, l, want)                                            \
	do {                                                             \
		char *got_ = split((in), (l), false);                    \
		ck_assert_str_eq(got_, (want));                          \
		free(got_);                                              \
	} while (0)

/* ---- UAX #29 ------------------------------------------------------------ */

struct bl {
	size_t b[64];
	size_t n;
};

static void bl_fn(void *ctx, size_t b)
{
	struct bl *l = ctx;
	if (l->n < 64)
		l->b[l->n++] = b;
}

START_TEST(uax29_rules)
{
	struct bl l = { .n = 0 };
	/* SB11 after ". ", SB8 before lowercase, SB6 before digit. */
	const char *s = "Go. now. 3.5 Ok.";
	tk_sentence_uax29(s, strlen(s), bl_fn, &l);
	ck_assert_uint_eq(l.n, 3);
	ck_assert_uint_eq(l.b[0], 0);
	ck_assert_uint_eq(l.b[1], 9);    /* SB8 stops at the ATerm of 3.5 */
	ck_assert_uint_eq(l.b[2], 16);
	/* SB4: a break after every line feed; SB3 keeps CR LF. */
	l.n = 0;
	tk_sentence_uax29("a\r\nb", 4, bl_fn, &l);
	ck_assert_uint_eq(l.n, 3);
	ck_assert_uint_eq(l.b[1], 3);
	/* SB7: "U.S" stays; SB9/SB10 closers and spaces stay. */
	l.n = 0;
	s = "He said \"Stop.\"  Then";
	tk_sentence_uax29(s, strlen(s), bl_fn, &l);
	ck_assert_uint_eq(l.n, 3);
	ck_assert_uint_eq(l.b[1], 17);
	l.n = 0;
	tk_sentence_uax29("", 0, bl_fn, &l);
	ck_assert_uint_eq(l.n, 1);
}
END_TEST

START_TEST(sb_property)
{
	ck_assert_int_eq(tk_sb_prop('.'), TK_SB_ATERM);
	ck_assert_int_eq(tk_sb_prop('?'), TK_SB_STERM);
	ck_assert_int_eq(tk_sb_prop('"'), TK_SB_CLOSE);
	ck_assert_int_eq(tk_sb_prop('a'), TK_SB_LOWER);
	ck_assert_int_eq(tk_sb_prop('A'), TK_SB_UPPER);
	ck_assert_int_eq(tk_sb_prop(0x3002), TK_SB_STERM);
	ck_assert_int_eq(tk_sb_prop(0x4E00), TK_SB_OLETTER);
	ck_assert_int_eq(tk_sb_prop(0x0301), TK_SB_EXTEND);
	ck_assert_int_eq(tk_sb_prop(0x2029), TK_SB_SEP);
	ck_assert_int_eq(tk_sb_prop(0x10FFFF), TK_SB_OTHER);
	ck_assert_int_eq(tk_sb_prop(0x110000), TK_SB_OTHER);
}
END_TEST

/* ---- the default segmenter ---------------------------------------------- */

START_TEST(default_rules)
{
	ck_split("Mr. Smith left. He sat.", "en", "Mr. Smith left.|He sat.");
	ck_split("In the U.S. The end.", "en", "In the U.S.|The end.");
	ck_split("The U.S. Army won.", "en", "The U.S. Army won.");
	ck_split("J. R. R. Tolkien wrote.", "en", "J. R. R. Tolkien wrote.");
	ck_split("At 3 p.m. on Monday.", "en", "At 3 p.m. on Monday.");
	ck_split("Pi is 3.14. Yes.", "en", "Pi is 3.14.|Yes.");
	ck_split("\"Why?\" she asked.", "en", "\"Why?\" she asked.");
	ck_split("Go to x.org. Now.", "en", "Go to x.org.|Now.");
	ck_split("a\nb\n\nc", "en", "a b||c");
	ck_split("# T\n- x\n- y\n1. z", "en", "# T|- x|- y|1. z");
	ck_split("Am 3. Oktober.", "de", "Am 3. Oktober.");
	ck_split("Am 3. Oktober.", "en", "Am 3.|Oktober.");
	ck_split("wait... no. Ok… Go.", "en", "wait... no.|Ok…|Go.");
	ck_split("", "en", "");
	ck_split("   \n\n  ", "en", "");
	/* Without a list: an abbreviation is a word. */
	ck_split("Mr. Smith.", NULL, "Mr.|Smith.");
}
END_TEST

START_TEST(default_streaming_state)
{
	/* A sentence unfinished at the window's end is not consumed. */
	struct tk_sentence_opts o = { 0 };
	struct tk_splitter *sp = tk_splitter_new(&o);
	struct tk_buf b = TK_BUF_INIT;
	const char *s = "One. Two x";
	ck_assert_uint_eq(tk_sentence_feed(sp, s, 10, false, text_fn, &b), 5);
	ck_assert_span_eq(b.data, b.len, "One.");
	/* A period at the window's end needs the next word. */
	tk_buf_clear(&b);
	s = "Two. ";
	ck_assert_uint_eq(tk_sentence_feed(sp, s, 5, false, text_fn, &b), 0);
	ck_assert_uint_eq(b.len, 0);
	ck_assert_uint_eq(tk_sentence_feed(sp, s, 5, true, text_fn, &b), 5);
	ck_assert_span_eq(b.data, b.len, "Two.");
	tk_splitter_free(sp);
	tk_buf_free(&b);
}
END_TEST

START_TEST(max_length_cut)
{
	struct tk_sentence_opts o = { .max_len = 64 };
	struct tk_splitter *sp = tk_splitter_new(&o);
	struct rec r = { TK_BUF_INIT, 0 };
	char s[200];
	memset(s, 'x', sizeof s);
	/* Without white space: cut at the limit, reported as cut. */
	ck_assert_uint_eq(tk_sentence_feed(sp, s, 200, false, rec_fn, &r), 192);
	ck_assert_str_eq(tk_buf_cstr(&r.out), "0:64C|64:128C|128:192C|");
	tk_splitter_free(sp);
	/* Closers after the terminator do not take it past the limit. */
	sp = tk_splitter_new(&o);
	tk_buf_clear(&r.out);
	memset(s, ')', sizeof s);
	memset(s, 'y', 60);
	s[60] = '.';
	memcpy(s + 100, " Next.", 6);
	ck_assert_uint_eq(tk_sentence_feed(sp, s, 106, true, rec_fn, &r), 106);
	ck_assert_str_eq(tk_buf_cstr(&r.out), "0:64C|64:106|");
	tk_splitter_free(sp);
	tk_buf_free(&r.out);
}
END_TEST

/* ---- differential and streaming tests over random text ----------------- */

static const char *const frags[] = {
	"Mr.", "Dr.", "U.S.", "e.g.", "etc.", "the", "The", "word", "He",
	"3.14", "1.", "12.", "...", "\xE2\x80\xA6", "?", "!", "?!", "\"",
	"\xE2\x80\x9D", "\xE2\x80\x9C", "(", ")", "[1]", "\n", "\n\n", " ",
	"  ", "\t", "a", "J.", "It", "\xC3\xA9t\xC3\xA9", "\xC3\x84rger",
	"\xE3\x80\x82", "\xE4\xBD\xA0\xE5\xA5\xBD", "- ", "# ", "1. ", "> ",
	"\xE2\x80\xA8", "\xE2\x80\xA9", "http://x.y/z.html", "p.m.", ".",
	"\xC2\xA0", "\xE3\x80\x80", "\r", "x@y.org", "Oktober", "i",
	"\xD8\x9F", "\xE0\xA5\xA4", ";", ",", "\xE2\x80\x94", "\xC2\xBF",
	"\xCC\x81", "\0", "\xE3\x81\x82\n", "\n\xE6\x97\xA5", "\xEF\xBC\x81",
};

/* ---- the marks of sentmarks.c and the columns of sentlines.c ------- */

START_TEST(marks)
{
	struct tk_list_mark m;
	const char *s = "1.) The first 2.) The second";
	size_t n = strlen(s);
	ck_assert_uint_eq(tk_sent_list_marker(s, n, 0, &m), 3);
	ck_assert_uint_eq(tk_sent_list_next(s, n, 3, n, &m), 13);
	s = "\xE2\x80\xA2 9. a \xE2\x80\xA2 10. b";
	n = strlen(s);
	ck_assert_uint_eq(tk_sent_list_marker(s, n, 0, &m), 6);
	ck_assert_uint_eq(tk_sent_list_next(s, n, 6, n, &m), 8);
	ck_assert_uint_eq(tk_sent_list_marker("a. The", 6, 0, &m), 2);
	ck_assert_uint_eq(tk_sent_list_next("a. The c. X", 11, 2, 11, &m),
	                  SIZE_MAX);                           /* not b. */
	ck_assert_uint_eq(tk_sent_list_marker("1990. The", 9, 0, &m), 0);
	ck_assert_uint_eq(tk_sent_list_marker("0. x", 4, 0, &m), 0);
	ck_assert_uint_eq(tk_sent_list_marker("2.5 x", 5, 0, &m), 0);
	bool att;
	s = "is . . . I";
	ck_assert_uint_eq(tk_sent_spaced_dots(s, 0, 7, &att), 3);
	ck_assert(!att);
	s = "end. . . .";
	ck_assert_uint_eq(tk_sent_spaced_dots(s, 0, 9, &att), 4);
	ck_assert(att);
	ck_assert_uint_eq(tk_sent_dots_after(" . . . The", 10, 0), 3);
	s = "Bohr [...] used";
	ck_assert(tk_sent_bracket_omission(s, 0, 6, 10));
	ck_assert(!tk_sent_bracket_omission("[...] For", 0, 1, 5));
	s = "He left at 6 P.M";
	ck_assert_int_eq(tk_sent_time_words(s, 0, 13, 3), 4);
	ck_assert_int_eq(tk_sent_time_words("At 5 a.m", 0, 5, 3), 2);
	ck_assert_int_eq(tk_sent_time_words("at the U.S", 0, 7, 3), -1);
	ck_assert(tk_sent_numero("N\xC2\xB0", 3));
	ck_assert(!tk_sent_numero("No", 2));
	s = "She works at Yahoo! in";
	ck_assert(tk_sent_name_bang(s, 0, 13, 18));
	ck_assert(!tk_sent_name_bang("Stop! now", 0, 0, 4)); /* first word */
	ck_assert_uint_eq(tk_sent_cols("abc", 3), 3);
	ck_assert_uint_eq(tk_sent_cols("\xE4\xBD\xA0\xE5\xA5\xBD", 6), 4);
	ck_assert_uint_eq(tk_sent_cols("\xC3\xA9t\xC3\xA9", 5), 3);
	ck_assert(tk_sent_has_term("a. b", 0, 4, 4));
	ck_assert(tk_sent_has_term("U.S. x", 0, 6, 6));
	ck_assert(!tk_sent_has_term("3.14", 0, 4, 4));
}
END_TEST

/* Block-per-line and wrapped text: long and short lines, list markers,
 * table rows, ellipses, times, names (the line-structure rules and the
 * marks of lib/text/sentmarks.c). */
static const char *const block_frags[] = {
	"In This Issue", "Calendar of Events", "the committee met on Thursday",
	"and the chairman spoke with", "General Smith about the plan",
	"WASHINGTON (Reuters) - A majority of troops discharged for misconduct "
	"had been diagnosed with an illness, a report said on Wednesday.",
	"\n", "\n", "\n", "\n\n", " ", "1.) ", "2.) ", "1) ", "2) ", "a. ", "b. ",
	"\xE2\x80\xA2 9. ", "\xE2\x80\xA2 10. ", "\xE2\x81\x83" "9. ", ". . .", " . ",
	"[...]", "Yahoo!", "in", "6 P.M.", "At 5 a.m.", "Mr.", "U.S.", "N\xC2\xB0.",
	"1026.", "| a | b |", "x\ty", ",", ";", "Friday, June 26, 2009", "The",
	"word.", "It ended.", "I", "\xE4\xBD\xA0\xE5\xA5\xBD", "- item", "# Title",
};

static const char *const *frag_set = frags;
static size_t frag_n = TK_LEN(frags);

static uint64_t rng;

static unsigned rnd(unsigned n)
{
	return unit_rand(&rng) % n;
}

static void random_text(struct tk_buf *b, size_t nfrag)
{
	tk_buf_clear(b);
	for (size_t i = 0; i < nfrag; i++) {
		const char *f = frag_set[rnd((unsigned)frag_n)];
		if (f[0] == '\0')
			tk_buf_addc(b, '\0');
		else
			tk_buf_adds(b, f);
		if (rnd(3) == 0)
			tk_buf_addc(b, ' ');
	}
}

/* Feed s in chunks cut at random character boundaries, keeping the
 * unconsumed rest as the tool does. */
static void feed_chunked(struct tk_splitter *sp, const char *s, size_t n,
                         struct rec *r, bool chunked)
{
	struct tk_buf win = TK_BUF_INIT;
	size_t i = 0;
	r->base = 0;
	while (chunked && i < n) {
		size_t k = i + 1 + rnd(40);
		if (k > n)
			k = n;
		k = i + tk_utf8_boundary(s + i, k - i);
		if (k == i)
			k = i + (size_t)tk_utf8_seqlen((unsigned char)s[i]);
		tk_buf_add(&win, s + i, k - i);
		i = k;
		size_t used = tk_sentence_feed(sp, win.data, win.len, false,
		                               rec_fn, r);
		tk_buf_consume(&win, used);
		r->base += used;
	}
	if (!chunked)
		tk_buf_add(&win, s, n);
	size_t used = tk_sentence_feed(sp, win.data, win.len, true, rec_fn, r);
	ck_assert_uint_eq(used, win.len);
	tk_buf_free(&win);
}

static void differential_lines(bool uax29, bool nul, enum tk_lines lines)
{
	struct tk_abbrev *a = lang("en");
	struct tk_buf text = TK_BUF_INIT;
	rng = 42;
	for (int iter = 0; iter < 1500; iter++) {
		random_text(&text, 1 + rnd(120));
		struct rec ref = { TK_BUF_INIT, 0 }, got = { TK_BUF_INIT, 0 };
		size_t maxl = rnd(4) == 0 ? 64 + rnd(64) : 0;
		struct tk_sentence_opts o = { .uax29 = uax29, .nul = nul,
		                              .abbrev = a, .max_len = maxl,
		                              .lines = lines, .no_skip = true };
		/* Reference: every byte examined, one feed. */
		struct tk_splitter *sp = tk_splitter_new(&o);
		feed_chunked(sp, text.data, text.len, &ref, false);
		tk_splitter_free(sp);
		/* Fast skip loop, fed in random chunks. */
		o.no_skip = false;
		sp = tk_splitter_new(&o);
		feed_chunked(sp, text.data, text.len, &got, true);
		tk_splitter_free(sp);
		if (getenv("TK_DUMP") && strcmp(tk_buf_cstr(&ref.out), tk_buf_cstr(&got.out))) {
			FILE *f = fopen(getenv("TK_DUMP"), "w");
			fwrite(text.data, 1, text.len, f);
			fclose(f);
		}
		ck_assert_msg(strcmp(tk_buf_cstr(&ref.out), tk_buf_cstr(&got.out)) == 0,
		              "iteration %d: %s vs %s", iter, ref.out.data,
		              got.out.data);
		tk_buf_free(&ref.out);
		tk_buf_free(&got.out);
	}
	tk_buf_free(&text);
	tk_abbrev_free(a);
}

static void differential(bool uax29, bool nul)
{
	differential_lines(uax29, nul, TK_LINES_AUTO);
}

/* The same over block-per-line text, under each --lines policy: the
 * line decisions do not depend on where the windows are cut. */
START_TEST(differential_blocks)
{
	frag_set = block_frags;
	frag_n = TK_LEN(block_frags);
	differential_lines(false, false, TK_LINES_AUTO);
	differential_lines(false, false, TK_LINES_SPLIT);
	differential_lines(false, false, TK_LINES_JOIN);
	frag_set = frags;
	frag_n = TK_LEN(frags);
}
END_TEST

START_TEST(differential_default)
{
	differential(false, false);
	differential(false, true);
}
END_TEST

START_TEST(differential_uax29)
{
	differential(true, false);
	differential(true, true);
}
END_TEST

/* Naive squeeze: decode each character, test it with the slow path. */
static bool ref_cjk(tk_char c)
{
	/* Han, kana, CJK punctuation, full-width forms */
	return (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x3001 && c <= 0x30FF) ||
	       (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
	       (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF01 && c <= 0xFF60) ||
	       (c >= 0x20000 && c <= 0x3FFFF);
}

/* Decode every character; collect each white-space run and decide. */
static void squeeze_ref(const char *s, size_t n, struct tk_buf *out)
{
	tk_char prev = 0;
	for (size_t i = 0; i < n;) {
		size_t w = tk_space_len(s + i, n - i, TK_SPACE_BREAKING);
		if (w) {
			bool line = false;
			size_t start = i;
			while (i < n && (w = tk_space_len(s + i, n - i, TK_SPACE_BREAKING)) > 0) {
				line |= s[i] == '\n';
				i += w;
			}
			tk_char next = 0;
			if (i < n)
				tk_utf8_decode(s + i, &next);
			if (!(line && start > 0 && i < n && ref_cjk(prev) &&
			      ref_cjk(next)))
				tk_buf_addc(out, ' ');
			continue;
		}
		int l = tk_utf8_decode(s + i, &prev);
		tk_buf_add(out, s + i, (size_t)l);
		i += (size_t)l;
	}
}

START_TEST(squeeze_differential)
{
	struct tk_buf text = TK_BUF_INIT, a = TK_BUF_INIT, b = TK_BUF_INIT;
	rng = 7;
	for (int iter = 0; iter < 3000; iter++) {
		random_text(&text, rnd(40));
		tk_buf_clear(&a);
		tk_buf_clear(&b);
		tk_sentence_squeeze(text.data, text.len, &a);
		squeeze_ref(text.data, text.len, &b);
		ck_assert_msg(a.len == b.len && memcmp(a.data, b.data, a.len) == 0,
		              "iteration %d", iter);
	}
	tk_buf_free(&text);
	tk_buf_free(&a);
	tk_buf_free(&b);
}
END_TEST

START_TEST(white_space)
{
	ck_assert_uint_eq(tk_space_len(" ", 1, TK_SPACE_BREAKING), 1);
	ck_assert_uint_eq(tk_space_len("\xC2\x85", 2, TK_SPACE_BREAKING), 2);
	ck_assert_uint_eq(tk_space_len("\xC2\xA0", 2, TK_SPACE_BREAKING), 0);      /* NBSP */
	ck_assert_uint_eq(tk_space_len("\xE2\x80\x87", 3, TK_SPACE_BREAKING), 0);  /* figure */
	ck_assert_uint_eq(tk_space_len("\xE2\x80\xAF", 3, TK_SPACE_BREAKING), 0);  /* narrow */
	ck_assert_uint_eq(tk_space_len("\xE2\x80\x83", 3, TK_SPACE_BREAKING), 3);
	ck_assert_uint_eq(tk_space_len("\xE3\x80\x80", 3, TK_SPACE_BREAKING), 3);
	ck_assert_uint_eq(tk_space_len("\xE2\x80", 2, TK_SPACE_BREAKING), 0);      /* short */
	ck_assert_uint_eq(tk_space_len("x", 1, TK_SPACE_BREAKING), 0);
	struct tk_buf b = TK_BUF_INIT;
	tk_sentence_squeeze("a \t\n b\xE2\x80\x83" "c\xC2\xA0" "d", 13, &b);
	ck_assert_span_eq(b.data, b.len, "a b c\xC2\xA0" "d");
	/* Hard-wrapped CJK joins without a space; a space stays one. */
	tk_buf_clear(&b);
	const char *cj = "\xE6\x99\xBA\n  \xE8\x83\xBD \xE4\xB8\xBB\n" "x";
	tk_sentence_squeeze(cj, strlen(cj), &b);
	ck_assert_span_eq(b.data, b.len, "\xE6\x99\xBA\xE8\x83\xBD \xE4\xB8\xBB x");
	tk_buf_free(&b);
}
END_TEST

/* ---- abbreviation lists -------------------------------------------------- */

/* A user's spaced entry of three parts cut by every window end gives
 * what the whole text gives (the window waits for its last part). */
START_TEST(spaced_three_parts_in_windows)
{
	struct tk_abbrev *a = lang("de");
	const char *list = "a. b. c. title\nd. e. f. g. num\n";
	ck_assert_int_eq(tk_abbrev_add_text(a, list, strlen(list), NULL), TK_OK);
	const char *s = "Wir (a.\nb.\nc. Nein. d. e.  f.  g. Hallo. Er a. b. Das.";
	size_t n = strlen(s);
	struct tk_sentence_opts o = { .abbrev = a };
	struct rec whole = { TK_BUF_INIT, 0 };
	struct tk_splitter *sp = tk_splitter_new(&o);
	ck_assert_uint_eq(tk_sentence_feed(sp, s, n, true, rec_fn, &whole), n);
	tk_splitter_free(sp);
	for (size_t cut = 1; cut < n; cut++) {
		struct rec part = { TK_BUF_INIT, 0 };
		sp = tk_splitter_new(&o);
		size_t used = tk_sentence_feed(sp, s, cut, false, rec_fn, &part);
		part.base = used;
		ck_assert_uint_eq(tk_sentence_feed(sp, s + used, n - used, true,
		                                   rec_fn, &part), n - used);
		tk_splitter_free(sp);
		ck_assert_msg(part.out.len == whole.out.len &&
		              memcmp(part.out.data, whole.out.data,
		                     whole.out.len) == 0,
		              "cut %zu: %.*s", cut, (int)part.out.len,
		              part.out.data);
		tk_buf_free(&part.out);
	}
	tk_buf_free(&whole.out);
	tk_abbrev_free(a);
}
END_TEST

START_TEST(abbrev_lists)
{
	for (size_t i = 0; tk_abbrev_languages[i]; i++) {
		struct tk_abbrev *a = lang(tk_abbrev_languages[i]);
		tk_abbrev_free(a);
	}
	struct tk_abbrev *a = tk_abbrev_new();
	ck_assert_int_eq(tk_abbrev_add_builtin(a, "xx"), TK_EINVAL);
	const char *t = "# c\n\nFoo.\nBar. title  # x\nBaz. num\nThe\n@ordinals\n";
	size_t line = 0;
	ck_assert_int_eq(tk_abbrev_add_text(a, t, strlen(t), &line), TK_OK);
	ck_assert_int_eq(tk_abbrev_lookup(a, "Foo", 3), TK_ABBR_PLAIN);
	ck_assert_int_eq(tk_abbrev_lookup(a, "foo", 3), TK_ABBR_PLAIN);
	ck_assert_int_eq(tk_abbrev_lookup(a, "Bar", 3), TK_ABBR_TITLE);
	ck_assert_int_eq(tk_abbrev_lookup(a, "Baz", 3), TK_ABBR_NUM);
	ck_assert_int_eq(tk_abbrev_lookup(a, "Qux", 3), TK_ABBR_NONE);
	ck_assert_int_eq(tk_abbrev_lookup(a, "The", 3), TK_ABBR_NONE);
	ck_assert(tk_abbrev_is_starter(a, "The", 3));
	ck_assert(!tk_abbrev_is_starter(a, "the", 3));
	ck_assert(tk_abbrev_ordinals(a));
	/* Many entries: the table grows. */
	char w[16];
	for (int i = 0; i < 2000; i++) {
		int n = snprintf(w, sizeof w, "w%d.", i);
		ck_assert_int_eq(tk_abbrev_add_text(a, w, (size_t)n, NULL), TK_OK);
	}
	ck_assert_int_eq(tk_abbrev_lookup(a, "w1999", 5), TK_ABBR_PLAIN);
	ck_assert_int_eq(tk_abbrev_lookup(a, "Foo", 3), TK_ABBR_PLAIN);
	/* Malformed lines. */
	static const char *const bad[] = { "@bogus", "Foo. bogus", "The x",
	                                   ".", "Foo.\nBar. titles" };
	static const size_t badline[] = { 1, 1, 1, 1, 2 };
	for (size_t i = 0; i < TK_LEN(bad); i++) {
		line = 0;
		ck_assert_int_eq(tk_abbrev_add_text(a, bad[i], strlen(bad[i]), &line),
		                 TK_EINVAL);
		ck_assert_uint_eq(line, badline[i]);
	}
	char big[TK_ABBREV_MAXLEN + 8];
	memset(big, 'x', sizeof big);
	big[sizeof big - 1] = '.';
	ck_assert_int_eq(tk_abbrev_add_text(a, big, sizeof big, NULL), TK_EINVAL);
	/* Cyrillic first letter case. */
	ck_assert_int_eq(tk_abbrev_add_text(a, "\xD0\xBF\xD1\x80.", 5, NULL), TK_OK);
	ck_assert_int_eq(tk_abbrev_lookup(a, "\xD0\x9F\xD1\x80", 4), TK_ABBR_PLAIN);
	tk_abbrev_free(a);
}
END_TEST

Suite *sentence_suite(void)
{
	Suite *s = suite_create("sentence");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, uax29_rules);
	tcase_add_test(tc, sb_property);
	tcase_add_test(tc, default_rules);
	tcase_add_test(tc, default_streaming_state);
	tcase_add_test(tc, max_length_cut);
	tcase_add_test(tc, differential_default);
	tcase_add_test(tc, differential_uax29);
	tcase_add_test(tc, differential_blocks);
	tcase_add_test(tc, marks);
	tcase_add_test(tc, squeeze_differential);
	tcase_add_test(tc, white_space);
	tcase_add_test(tc, abbrev_lists);
	tcase_add_test(tc, spaced_three_parts_in_windows);
	suite_add_tcase(s, tc);
	return s;
}
