/* fuzz_casemap.c - lib/casemap: the ASCII fast path against the plain
 * libunistring path, every mode, with and without a language.
 *
 * Input: byte 0 picks the mode and the language; the rest, cut at its
 * first ill-formed byte (casemap's input is valid UTF-8), is the text.
 * Invariants: tk_casemap() == tk_casemap_slow() byte for byte, the
 * output is valid UTF-8, and TK_CASE_NONE copies. */
#include "fuzz.h"
#include "base/buf.h"
#include "text/casemap.h"

#include <string.h>
#include <unistr.h>

static const char *const langs[] = { NULL, "tr", "az", "lt", "en", "el" };
#define NLANG (sizeof langs / sizeof langs[0])

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	enum tk_case mode = (enum tk_case)(data[0] % 4);
	const char *lang = langs[(data[0] / 4) % NLANG];
	const uint8_t *bad = u8_check(data + 1, size - 1);
	size_t n = bad ? (size_t)(bad - (data + 1)) : size - 1;
	const char *s = (const char *)data + 1;

	struct tk_buf fast = TK_BUF_INIT, slow = TK_BUF_INIT;
	tk_casemap(mode, lang, s, n, &fast);
	tk_casemap_slow(mode, lang, s, n, &slow);
	FUZZ_CHECK(u8_check((const uint8_t *)fast.data, fast.len) == NULL);
	if (mode == TK_CASE_NONE)
		FUZZ_CHECK(fast.len == n && (n == 0 || memcmp(fast.data, s, n) == 0));
	else
		FUZZ_CHECK(fast.len == slow.len &&
		           (fast.len == 0 || memcmp(fast.data, slow.data, fast.len) == 0));
	tk_buf_free(&fast);
	tk_buf_free(&slow);
	return 0;
}
