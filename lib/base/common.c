/* common.c - messages for the TK_E* status codes. */
#include "common.h"

const char *tk_strerror(int code)
{
	switch (code) {
	case TK_OK: return "success";
	case TK_ENOMEM: return "out of memory";
	case TK_EILSEQ: return "invalid byte sequence";
	case TK_EIO: return "input/output error";
	case TK_EINVAL: return "malformed data";
	case TK_EOVERFLOW: return "value too large";
	case TK_ENOENC: return "unknown encoding";
	}
	return "unknown error";
}
