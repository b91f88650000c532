/* fuzz_sentence.c - lib/sentence on any valid UTF-8 text.
 *
 * Input: byte 0 picks the options (uax29, nul, a small max_len, the
 * English abbreviation list, or German with a user's entries of three
 * and four parts) and how the text is fed; byte 1 a chunk
 * size; the rest, cut at its first ill-formed byte, is the text.
 * Invariants (sentence.h):
 *   - no character is lost or changed: the sentences joined equal the
 *     text once White_Space is removed (libunistring's property; with
 *     opts.nul NUL too, it separates paragraphs);
 *   - sentences are non-empty, trimmed, inside the window, in order, at
 *     most max_len bytes;
 *   - streaming: feeding windows that end at line ends (the tool's way)
 *     or anywhere (as for cut lines) gives the same sentences, with the
 *     same paragraph flags, as one final feed of the whole text. */
#include "fuzz.h"
#include "text/abbrev.h"
#include "base/buf.h"
#include "text/sentence.h"

#include <string.h>
#include <unictype.h>
#include <unistr.h>

struct sents {
	struct tk_buf text;   /* each sentence + "\x01" + para flag + "\n" */
	struct tk_buf chars;  /* non-white-space characters, in order */
	size_t max_len;
	size_t win_len;
};

static bool is_ws(const uint8_t *s, size_t n, int *l)
{
	ucs4_t c;
	*l = u8_mbtouc(&c, s, n);
	return uc_is_property_white_space(c);
}

static bool nul_ends; /* opts.nul: NUL separates like a blank line */

static void strip(const char *p, size_t n, struct tk_buf *out)
{
	const uint8_t *s = (const uint8_t *)p, *e = s + n;
	while (s < e) {
		int l;
		if (!is_ws(s, (size_t)(e - s), &l) && !(nul_ends && *s == 0))
			tk_buf_add(out, s, (size_t)l);
		s += l;
	}
}

static int collect(void *ctx, const struct tk_sentence *t)
{
	struct sents *k = ctx;
	FUZZ_CHECK(t->len > 0);
	FUZZ_CHECK(t->offset + t->len <= k->win_len);
	FUZZ_CHECK(t->len <= k->max_len);
	FUZZ_CHECK(u8_check((const uint8_t *)t->p, t->len) == NULL);
	tk_sentence_squeeze(t->p, t->len, &k->text);
	tk_buf_add(&k->text, t->para ? "\x01P" : "\x01-", 2);
	tk_buf_add(&k->text, t->cut ? "C\n" : "-\n", 2);
	strip(t->p, t->len, &k->chars);
	return 0;
}

static size_t feed(struct tk_splitter *sp, const char *s, size_t n,
                   bool final, struct sents *k)
{
	k->win_len = n;
	size_t used = tk_sentence_feed(sp, s, n, final, collect, k);
	FUZZ_CHECK(used <= n);
	return used;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 2)
		return 0;
	static struct tk_abbrev *en, *user;
	if (!en) {
		en = tk_abbrev_new();
		tk_abbrev_add_builtin(en, "en");
		/* a user's --abbrev file: spaced entries of 3 and 4 parts */
		static const char list[] = "a. b. c. title\nd. e. f. g. num\n"
		                           "u. a. m. word\n";
		size_t line;
		user = tk_abbrev_new();
		tk_abbrev_add_builtin(user, "de");
		FUZZ_CHECK(tk_abbrev_add_text(user, list, sizeof list - 1, &line) ==
		           TK_OK);
	}
	struct tk_sentence_opts o = {
		.uax29 = (data[0] & 1) != 0,
		.nul = (data[0] & 2) != 0,
		.max_len = (data[0] & 4) ? 64 + data[1] : 0,
		.abbrev = (data[0] & 32) ? user : (data[0] & 8) ? en : NULL,
	};
	bool anywhere = (data[0] & 16) != 0;
	nul_ends = o.nul;
	size_t chunk = 1 + data[1] % 61;
	const uint8_t *bad = u8_check(data + 2, size - 2);
	size_t n = bad ? (size_t)(bad - (data + 2)) : size - 2;
	const char *s = (const char *)data + 2;
	size_t max = o.max_len ? o.max_len : TK_SENTENCE_MAX;

	struct tk_splitter *sp = tk_splitter_new(&o);
	struct sents whole = { TK_BUF_INIT, TK_BUF_INIT, max, 0 };
	FUZZ_CHECK(feed(sp, s, n, true, &whole) == n);
	tk_splitter_free(sp);

	struct tk_buf want = TK_BUF_INIT;
	strip(s, n, &want);
	FUZZ_CHECK(want.len == whole.chars.len &&
	           (want.len == 0 || memcmp(want.data, whole.chars.data, want.len) == 0));

	/* Streaming through a window, as tools/sentence-split does. */
	sp = tk_splitter_new(&o);
	struct sents parts = { TK_BUF_INIT, TK_BUF_INIT, max, 0 };
	struct tk_buf win = TK_BUF_INIT;
	size_t i = 0;
	while (i < n) {
		size_t j;
		if (anywhere) {
			j = i + chunk < n ? i + chunk : n;
			while (j < n && (s[j] & 0xC0) == 0x80)
				j++;
		} else {
			const char *nl = memchr(s + i, o.nul ? '\0' : '\n', n - i);
			j = nl ? (size_t)(nl - s) + 1 : n;
		}
		tk_buf_add(&win, s + i, j - i);
		i = j;
		if (i == n)
			break;
		size_t used = feed(sp, win.data, win.len, false, &parts);
		tk_buf_consume(&win, used);
	}
	feed(sp, win.data, win.len, true, &parts);
	tk_splitter_free(sp);
	if (getenv("FUZZ_DEBUG")) {
		fprintf(stderr, "whole:\n");
		fwrite(whole.text.data, 1, whole.text.len, stderr);
		fprintf(stderr, "parts:\n");
		fwrite(parts.text.data, 1, parts.text.len, stderr);
	}
	FUZZ_CHECK(parts.text.len == whole.text.len &&
	           (parts.text.len == 0 ||
	            memcmp(parts.text.data, whole.text.data, parts.text.len) == 0));

	tk_buf_free(&win);
	tk_buf_free(&want);
	tk_buf_free(&whole.text);
	tk_buf_free(&whole.chars);
	tk_buf_free(&parts.text);
	tk_buf_free(&parts.chars);
	return 0;
}
