/* fuzz_extract.c - lib/text/htmlblocks, lib/text/pagemeta and
 * lib/count/extract on any valid UTF-8 page.
 *
 * Input: byte 0 picks the format, the link style and HTML or text
 * parsing; the rest, cut at its first ill-formed byte, is the page.
 * Invariants (htmlblocks.h, extract.h):
 *   - every block is valid UTF-8, non-empty, without LF, and without
 *     white space at its ends; its link bytes fit in it;
 *   - every node's parent comes before it; depth stays bounded;
 *   - the rendered output is valid UTF-8; text output has no NUL-free
 *     guarantee broken (one block per line: no LF inside a block);
 *     JSON Lines output is one line;
 *   - the charset sniffer writes a NUL-terminated label within bounds. */
#include "fuzz.h"
#include "base/buf.h"
#include "count/extract.h"
#include "text/htmlblocks.h"
#include "text/sniff.h"

#include <string.h>
#include <unistr.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	unsigned mode = data[0];
	const uint8_t *s = data + 1;
	size_t n = size - 1;
	char label[32];
	size_t ll = tk_html_sniff_charset((const char *)s, n, label, sizeof label);
	FUZZ_CHECK(ll < sizeof label);
	FUZZ_CHECK(ll == 0 || strlen(label) == ll);
	const uint8_t *bad = u8_check(s, n);
	if (bad)
		n = (size_t)(bad - s);

	static struct tk_extractor *x;
	if (!x)
		x = tk_extractor_new();
	struct tk_hblocks hb;
	tk_hblocks_init(&hb);
	hb.links = (enum tk_hb_links)((mode >> 2) % 3);
	if (mode & 1)
		tk_hblocks_parse_text(&hb, (const char *)s, n);
	else
		tk_hblocks_parse_html(&hb, (const char *)s, n);
	for (size_t i = 0; i < hb.nnodes; i++) {
		FUZZ_CHECK(hb.nodes[i].parent < (int32_t)i);
		FUZZ_CHECK(hb.nodes[i].depth <= TK_HB_DEPTH_MAX);
	}
	for (size_t i = 0; i < hb.nblocks; i++) {
		const struct tk_hb_block *b = &hb.blocks[i];
		const char *t = hb.text.data + b->off;
		FUZZ_CHECK(b->len > 0);
		FUZZ_CHECK(u8_check((const uint8_t *)t, b->len) == NULL);
		FUZZ_CHECK(b->link_len <= b->len);
		FUZZ_CHECK(b->node >= 0 && (size_t)b->node < hb.nnodes);
		if (!(mode & 1))
			FUZZ_CHECK(memchr(t, '\n', b->len) == NULL);
	}
	struct tk_extract_opts o = {
		.format = (enum tk_extract_format)((mode >> 4) % 3),
		.with_title = mode & 2, .min_length = (mode >> 6) * 10,
	};
	struct tk_buf out = TK_BUF_INIT;
	tk_extract(x, &hb, &o, &out);
	FUZZ_CHECK(u8_check((const uint8_t *)out.data, out.len) == NULL);
	if (o.format == TK_EXTRACT_JSONL)
		FUZZ_CHECK(out.len > 0 && memchr(out.data, '\n', out.len) ==
		                              out.data + out.len - 1);
	tk_buf_free(&out);
	tk_hblocks_free(&hb);
	return 0;
}
