/* icu-break.c - benchmark peer: ICU's UAX #29 break iterators, for the
 * word and sentence rows of scripts/bench.
 *
 * Reads all of standard input (UTF-8) and walks it with a break iterator
 * over a UTF-8 UText:
 *   --words      ubrk_open(UBRK_WORD): every segment that is not white
 *                space on its own line, the same work as `tokenize` (one
 *                token a line, punctuation kept); with -c only the
 *                number of such segments;
 *   --sentences  ubrk_open(UBRK_SENTENCE): each sentence on one line
 *                with its white space runs (line ends included)
 *                collapsed to one space and trimmed, empty ones skipped:
 *                the output shape of `sentence-split`.
 * Built by scripts/bench when libicu-dev is present:
 *
 *     cc -O2 icu-break.c $(pkg-config --cflags --libs icu-uc) -o icu-break */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

/* Output through one big buffer: stdio per token would dominate. */
static char obuf[1 << 16];
static size_t olen;

static void oflush(void)
{
	fwrite(obuf, 1, olen, stdout);
	olen = 0;
}

static void owrite(const char *s, size_t n)
{
	if (n > sizeof obuf - olen) {
		oflush();
		if (n > sizeof obuf) {
			fwrite(s, 1, n, stdout);
			return;
		}
	}
	memcpy(obuf + olen, s, n);
	olen += n;
}

static void oputc(char c)
{
	if (olen == sizeof obuf)
		oflush();
	obuf[olen++] = c;
}

static char *slurp(FILE *f, size_t *len)
{
	size_t cap = 1 << 20, n = 0;
	char *p = malloc(cap);
	if (!p)
		return NULL;
	for (;;) {
		if (n == cap) {
			cap *= 2;
			char *q = realloc(p, cap);
			if (!q) {
				free(p);
				return NULL;
			}
			p = q;
		}
		size_t r = fread(p + n, 1, cap - n, f);
		n += r;
		if (r == 0)
			break;
	}
	*len = n;
	return p;
}

/* A segment is white space when its first code point is: UAX #29 keeps
 * white space runs (WB3d) and line ends (WB3a/b) in segments of their
 * own. */
static int is_space(const char *s, int32_t len)
{
	int32_t i = 0;
	UChar32 c;
	U8_NEXT(s, i, len, c);
	return c >= 0 && u_isUWhiteSpace(c);
}

static int ws(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	       c == '\v';
}

/* Write s[0..n) with ASCII white space runs as one space, trimmed. */
static void put_sentence(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && ws((unsigned char)s[i]))
		i++;
	while (n > i && ws((unsigned char)s[n - 1]))
		n--;
	if (i == n)
		return;
	while (i < n) {
		size_t j = i;
		while (j < n && !ws((unsigned char)s[j]))
			j++;
		owrite(s + i, j - i);
		if (j == n)
			break;
		oputc(' ');
		while (ws((unsigned char)s[j]))
			j++;
		i = j;
	}
	oputc('\n');
}

int main(int argc, char **argv)
{
	int words = argc > 1 && strcmp(argv[1], "--words") == 0;
	int count_only = words && argc > 2 && strcmp(argv[2], "-c") == 0;
	if (argc < 2 || (!words && strcmp(argv[1], "--sentences") != 0) ||
	    argc > 2 + count_only) {
		fputs("usage: icu-break --words [-c] | --sentences\n", stderr);
		return 2;
	}
	size_t len;
	char *text = slurp(stdin, &len);
	if (!text) {
		fputs("icu-break: out of memory\n", stderr);
		return 1;
	}
	UErrorCode err = U_ZERO_ERROR;
	UText *ut = utext_openUTF8(NULL, text, (int64_t)len, &err);
	UBreakIterator *bi = ubrk_open(words ? UBRK_WORD : UBRK_SENTENCE, "en",
	                               NULL, 0, &err);
	ubrk_setUText(bi, ut, &err);
	if (U_FAILURE(err)) {
		fprintf(stderr, "icu-break: %s\n", u_errorName(err));
		return 1;
	}
	unsigned long long ntok = 0;
	int32_t start = ubrk_first(bi);
	for (int32_t end = ubrk_next(bi); end != UBRK_DONE;
	     start = end, end = ubrk_next(bi)) {
		if (!words) {
			put_sentence(text + start, (size_t)(end - start));
			continue;
		}
		if (is_space(text + start, end - start))
			continue;
		ntok++;
		if (!count_only) {
			owrite(text + start, (size_t)(end - start));
			oputc('\n');
		}
	}
	if (count_only)
		printf("%llu\n", ntok);
	ubrk_close(bi);
	utext_close(ut);
	free(text);
	oflush();
	return fflush(stdout) != 0 || ferror(stdout);
}
