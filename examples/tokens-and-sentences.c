/* tokens-and-sentences.c - libtextkit from a C program: decode a UTF-8
 * string, split it into sentences, list each sentence's tokens with
 * their types and byte offsets, and count its words.
 *
 * Build against the installed library (tests/pkg/run-lib does):
 *     cc tokens-and-sentences.c $(pkg-config --cflags --libs textkit)
 * or with the static one (GNU ld's -l:NAME picks the archive):
 *     cc tokens-and-sentences.c $(pkg-config --static --cflags --libs \
 *        textkit | sed 's/-ltextkit/-l:libtextkit.a/')
 * Run it with a text as its argument, or with none for the sample. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <textkit/textkit.h>

static const char sample[] =
	"Dr. Smith paid $1,000.50 on 3 Jan. \xe2\x80\x9cIt\xe2\x80\x99s fine,\xe2\x80\x9d "
	"she wrote to bob@example.com.\n\n"
	"Die Stra\xc3\x9f" "e hei\xc3\x9f" "t STRASSE. \xf0\x9f\x98\x80 #ok\n";

static int fail(const char *what, int rc)
{
	fprintf(stderr, "example: %s: %s\n", what, textkit_strerror(rc));
	return 1;
}

int main(int argc, char **argv)
{
	const char *in = argc > 1 ? argv[1] : sample;
	char *text;
	size_t n;
	int rc = textkit_decode(NULL, TEXTKIT_INVALID_REPLACE, in, strlen(in),
	                        &text, &n, NULL);
	if (rc != TEXTKIT_OK)
		return fail("decode", rc);

	struct textkit_splitter *sp = textkit_splitter_new("en", 0);
	struct textkit_tokenizer *tk = textkit_tokenizer_new(0);
	struct textkit_counter *c = textkit_counter_new();
	if ((rc = textkit_splitter_start(sp, text, n)) != TEXTKIT_OK)
		return fail("sentences", rc);
	struct textkit_sentence s;
	while (textkit_splitter_next(sp, &s)) {
		printf("sentence %zu-%zu%s: %.*s\n", s.start, s.end,
		       s.paragraph ? " (new paragraph)" : "", (int)s.len,
		       s.text);
		textkit_tokenizer_start(tk, s.text, s.len);
		struct textkit_token t;
		while (textkit_tokenizer_next(tk, &t))
			printf("  %zu-%zu\t%s\t%.*s\n", s.start + t.start,
			       s.start + t.end, textkit_token_type_name(t.type),
			       (int)t.len, t.text);
		if ((rc = textkit_counter_add_words(c, s.text, s.len)) != 0)
			return fail("count", rc);
	}

	size_t nent;
	struct textkit_entry *e = textkit_counter_sorted(c, &nent);
	printf("%zu distinct words; the top ones:\n", nent);
	for (size_t i = 0; i < nent && i < 3; i++)
		printf("%llu\t%.*s\n", (unsigned long long)e[i].count,
		       (int)e[i].len, e[i].key);
	textkit_free(e);

	char *norm;
	size_t nlen;
	if ((rc = textkit_normalize(text, n, TEXTKIT_NFKC, TEXTKIT_CASE_FOLD,
	                            &norm, &nlen)) != TEXTKIT_OK)
		return fail("normalize", rc);
	printf("folded: %.*s", (int)nlen, norm);
	textkit_free(norm);

	textkit_counter_free(c);
	textkit_tokenizer_free(tk);
	textkit_splitter_free(sp);
	textkit_free(text);
	return 0;
}
