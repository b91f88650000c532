/* fuzz_jsonfield.c - the JSON Lines object reader (lib/text/jsonfield),
 * which --jsonl-in runs on every input line.
 *
 * Input: any bytes, cut to their valid UTF-8 prefix (the reader's
 * precondition: its input is decoded text).  Invariants: an error offset
 * inside the input; the members' kinds in range; a string member decodes
 * to valid UTF-8 (lone surrogates become U+FFFD); a number member is
 * text of the input as written; and a decoded string written back as a
 * JSON string (escaping only what RFC 8259 requires) reads back as the
 * same bytes. */
#include "fuzz.h"
#include "base/buf.h"
#include "base/utf8.h"
#include "text/jsonfield.h"

#include <string.h>

static const char *const names[] = { "text", "id" };

/* s[0..n) as a JSON string: quote, backslash and control characters
 * escaped, everything else as it is. */
static void encode(struct tk_buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	tk_buf_addc(b, '"');
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\') {
			tk_buf_addc(b, '\\');
			tk_buf_addc(b, (char)c);
		} else if (c < 0x20) {
			char u[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
			tk_buf_add(b, u, 6);
		} else
			tk_buf_addc(b, (char)c);
	}
	tk_buf_addc(b, '"');
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	size_t n = tk_utf8_valid_prefix(s, size);
	struct tk_buf out[2] = { TK_BUF_INIT, TK_BUF_INIT };
	enum tk_json_kind kind[2];
	size_t at = 0;
	int rc = tk_json_fields(s, n, names, 2, out, kind, &at);
	FUZZ_CHECK(rc == TK_OK || rc == TK_EINVAL);
	if (rc != TK_OK) {
		FUZZ_CHECK(at <= n);
		goto done;
	}
	for (int k = 0; k < 2; k++) {
		FUZZ_CHECK(kind[k] >= TK_JSON_ABSENT && kind[k] <= TK_JSON_ARRAY);
		if (kind[k] == TK_JSON_ABSENT)
			FUZZ_CHECK(out[k].len == 0);
		else if (kind[k] == TK_JSON_STRING)
			FUZZ_CHECK(tk_utf8_valid_prefix(out[k].data ? out[k].data : "",
			                                out[k].len) == out[k].len);
		else /* written as it is in the input */
			FUZZ_CHECK(out[k].len > 0 && out[k].len <= n);
	}
	if (kind[0] == TK_JSON_STRING) {
		struct tk_buf again = TK_BUF_INIT, back[2] = { TK_BUF_INIT,
		                                               TK_BUF_INIT };
		enum tk_json_kind k2[2];
		tk_buf_add(&again, "{\"text\": ", 9);
		encode(&again, out[0].data ? out[0].data : "", out[0].len);
		tk_buf_addc(&again, '}');
		FUZZ_CHECK(tk_json_fields(again.data, again.len, names, 2, back,
		                          k2, &at) == TK_OK);
		FUZZ_CHECK(k2[0] == TK_JSON_STRING && k2[1] == TK_JSON_ABSENT);
		FUZZ_CHECK(back[0].len == out[0].len &&
		           (out[0].len == 0 ||
		            memcmp(back[0].data, out[0].data, out[0].len) == 0));
		tk_buf_free(&again);
		tk_buf_free(&back[0]);
		tk_buf_free(&back[1]);
	}
done:
	tk_buf_free(&out[0]);
	tk_buf_free(&out[1]);
	return 0;
}
