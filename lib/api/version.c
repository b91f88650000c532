/* version.c - textkit_version, textkit_strerror, textkit_free and the
 * helpers lib/api/ shares. */
#include "api.h"
#include "base/common.h"
#include "base/utf8.h"

#include <stdlib.h>

/* The Makefile passes the version from the VERSION file. */
#ifndef TK_VERSION
#define TK_VERSION "unknown"
#endif

/* The public codes are the library's own (base/common.h). */
_Static_assert((int)TEXTKIT_EILSEQ == (int)TK_EILSEQ &&
               (int)TEXTKIT_EINVAL == (int)TK_EINVAL &&
               (int)TEXTKIT_EOVERFLOW == (int)TK_EOVERFLOW &&
               (int)TEXTKIT_ENOENC == (int)TK_ENOENC, "status codes differ");

const char *textkit_version(void)
{
	return TK_VERSION;
}

const char *textkit_strerror(int code)
{
	return tk_strerror(code);
}

void textkit_free(void *p)
{
	free(p);
}

bool tk_api_valid(const char *s, size_t n)
{
	return tk_utf8_valid_prefix(s, n) == n;
}

void tk_api_give(struct tk_buf *b, char **out, size_t *outlen)
{
	tk_buf_cstr(b); /* a NUL after the text, not counted; data set */
	*outlen = b->len;
	*out = b->data;
	*b = (struct tk_buf)TK_BUF_INIT;
}
