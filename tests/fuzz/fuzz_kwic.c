/* fuzz_kwic.c - lib/cli/kwic over lib/text/tokmatch and lib/text/width:
 * the concordance of a pattern in a text fed as records.
 *
 * Input: byte 0 sets the width (1 + low 4 bits) and the sort order (high
 * bits: none, key, 1L..3R); byte 1 --tokens (0-3), --phrase, --regex,
 * --case-sensitive, -z (each line a document) and the record size (long
 * lines come in pieces, as lib/cli/input cuts them); then the pattern up
 * to the first newline, then the text, cut at its first ill-formed byte.
 * Output is TSV with offsets, written to a temporary file on fd 1 and
 * read back.  Invariants: every line is valid UTF-8 of four fields,
 * contexts at most the width in columns (once unescaped), no control character or TAB in
 * them, the keyword non-empty and found at its offset in the text. */
#include "fuzz.h"
#include "base/buf.h"
#include "base/space.h"
#include "base/utf8.h"
#include "cli/kwic.h"
#include "cli/output.h"
#include "cli/tsv.h"
#include "text/width.h"

#include <string.h>
#include <unistd.h>
#include <unistr.h>

static void check_line(const char *s, size_t n, const char *text,
                       size_t tlen, size_t width, struct tk_buf *tmp)
{
	FUZZ_CHECK(u8_check((const uint8_t *)s, n) == NULL);
	const char *f[4];
	size_t fl[4], k = 0, start = 0;
	for (size_t i = 0; i <= n; i++)
		if (i == n || s[i] == '\t') {
			FUZZ_CHECK(k < 4);
			f[k] = s + start;
			fl[k++] = i - start;
			start = i + 1;
		}
	FUZZ_CHECK(k == 4);
	for (int j = 1; j < 4; j++)
		for (size_t i = 0; i < fl[j]; i++)
			FUZZ_CHECK((unsigned char)f[j][i] >= 0x20 && f[j][i] != 0x7f);
	/* the contexts' width as written, before TSV escaping */
	for (int j = 1; j < 4; j += 2) {
		struct tk_buf raw = TK_BUF_INIT;
		tk_buf_reserve(&raw, 0); /* data never NULL */
		tk_tsv_unescape(f[j], fl[j], &raw);
		FUZZ_CHECK(tk_width(raw.data, raw.len, tmp) <= width);
		tk_buf_free(&raw);
	}
	FUZZ_CHECK(fl[2] > 0);
	uint64_t off = 0;
	for (size_t i = 0; i < fl[0]; i++) {
		FUZZ_CHECK(f[0][i] >= '0' && f[0][i] <= '9');
		off = off * 10 + (uint64_t)(f[0][i] - '0');
	}
	FUZZ_CHECK(off < tlen);
	unsigned char c = (unsigned char)text[off];
	FUZZ_CHECK(c == (unsigned char)f[2][0] ||
	           ((c < 0x20 || c == 0x7f) && f[2][0] == ' '));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int fd = -1;
	if (fd < 0) {
		FILE *t = tmpfile();
		FUZZ_CHECK(t != NULL);
		fd = dup(fileno(t));
		FUZZ_CHECK(dup2(fd, 1) == 1);
	}
	if (size < 2)
		return 0;
	struct tk_kwic_opts o = { .width = 1 + (data[0] & 15u),
	                          .tokens = data[1] & 3u,
	                          .format = TK_KWIC_TSV, .offsets = true,
	                          .nul = data[1] & 32u };
	int sort = (data[0] >> 4) & 7;
	if (sort)
		tk_kwic_sort_parse(sort - 1, &o);
	struct tk_tokmatch_opts mo = { .phrase = data[1] & 4u,
	                               .regex = data[1] & 8u,
	                               .case_sensitive = data[1] & 16u };
	size_t piece = (size_t)8 << ((data[1] >> 6) & 3);
	const char *s = (const char *)data + 2;
	size_t n = size - 2;
	const uint8_t *bad = u8_check((const uint8_t *)s, n);
	if (bad)
		n = (size_t)((const char *)bad - s);
	const char *nl = memchr(s, '\n', n);
	if (!nl || nl - s > 64)
		return 0;
	struct tk_tokmatch *m;
	char err[256];
	if (tk_tokmatch_new(s, (size_t)(nl - s), &mo, &m, err, sizeof err))
		return 0;
	const char *text = nl + 1;
	size_t tlen = n - (size_t)(text - s);

	FUZZ_CHECK(ftruncate(1, 0) == 0 && lseek(1, 0, SEEK_SET) == 0);
	struct tk_kwic *k = tk_kwic_new(&o, m);
	bool first = true;
	for (size_t i = 0; i < tlen || first;) {
		size_t e = i;
		while (e < tlen && text[e] != '\n')
			e++;
		/* the line in pieces of at most `piece` bytes, whole characters */
		size_t p = i;
		do {
			size_t len = e - p > piece ? tk_utf8_boundary(text + p, piece)
			                           : e - p;
			if (len == 0 && e > p)
				len = (size_t)tk_utf8_seqlen((unsigned char)text[p]);
			struct tk_record r = {
				text + p, len, p, p + len < e, first,
				/* as lib/cli/input says it */
				p + len >= e && tk_line_ends_para(text + e, tlen - e,
				                                  '\n')
			};
			tk_kwic_record(k, &r, "f");
			first = false;
			p += len;
		} while (p < e);
		i = e + 1;
	}
	tk_kwic_finish(k);
	tk_kwic_free(k);
	tk_tokmatch_free(m);
	tk_out_flushbuf();

	off_t end = lseek(1, 0, SEEK_CUR);
	FUZZ_CHECK(end >= 0);
	char *out = malloc((size_t)end + 1);
	FUZZ_CHECK(out != NULL);
	FUZZ_CHECK(pread(1, out, (size_t)end, 0) == end);
	struct tk_buf tmp = TK_BUF_INIT;
	size_t a = 0;
	for (size_t b = 0; b < (size_t)end; b++)
		if (out[b] == (o.nul ? '\0' : '\n')) {
			check_line(out + a, b - a, text, tlen, o.width, &tmp);
			a = b + 1;
		}
	FUZZ_CHECK(a == (size_t)end);
	tk_buf_free(&tmp);
	free(out);
	return 0;
}
