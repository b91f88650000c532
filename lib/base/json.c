/* json.c - writing a JSON string (see json.h). */
#include "json.h"

void tk_json_string(struct tk_buf *out, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	tk_buf_addc(out, '"');
	size_t start = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F)
			continue;
		tk_buf_add(out, s + start, i - start);
		start = i + 1;
		switch (c) {
		case '"': tk_buf_add(out, "\\\"", 2); break;
		case '\\': tk_buf_add(out, "\\\\", 2); break;
		case '\n': tk_buf_add(out, "\\n", 2); break;
		case '\t': tk_buf_add(out, "\\t", 2); break;
		case '\r': tk_buf_add(out, "\\r", 2); break;
		default: {
			char u[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
			tk_buf_add(out, u, 6);
		}
		}
	}
	if (n > start) /* s may be NULL when n is 0 */
		tk_buf_add(out, s + start, n - start);
	tk_buf_addc(out, '"');
}
