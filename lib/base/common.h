/* common.h - definitions every textkit module shares: status codes,
 * spans, branch hints.
 *
 * Status codes: library functions return TK_OK (0) or a negative TK_E*
 * code; tk_strerror() gives the message.  The library never prints and
 * never exits, except lib/xalloc (out of memory) and the I/O edge modules
 * lib/cli, lib/input and lib/output, whose job is exactly that. */
#ifndef TK_COMMON_H
#define TK_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

enum {
	TK_OK = 0,
	TK_ENOMEM = -1,   /* allocation failed (normally handled by xalloc) */
	TK_EILSEQ = -2,   /* invalid input encoding under --invalid=fail */
	TK_EIO = -3,      /* read or write error; errno holds the cause */
	TK_EINVAL = -4,   /* malformed data (e.g. a bad count<TAB>key line) */
	TK_EOVERFLOW = -5,/* a number does not fit */
	TK_ENOENC = -6,   /* encoding unknown to iconv */
};

const char *tk_strerror(int code);

/* A borrowed byte span: not NUL-terminated, may contain NUL. */
struct tk_span {
	const char *p;
	size_t len;
};

#define TK_LEN(a) (sizeof(a) / sizeof((a)[0]))

#if defined(__GNUC__) || defined(__clang__)
#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)
#define TK_PRINTF(f, a) __attribute__((format(printf, f, a)))
#define TK_NORETURN __attribute__((noreturn))
/* For hot loops, where a call's saved registers show in the profile. */
#define TK_ALWAYS_INLINE __attribute__((always_inline))
#define TK_NOINLINE __attribute__((noinline))
/* A static function of a header that not every includer calls. */
#define TK_MAYBE_UNUSED __attribute__((unused))
#define TK_PREFETCH(p) __builtin_prefetch(p)
#else
#define likely(x) (x)
#define unlikely(x) (x)
#define TK_PRINTF(f, a)
#define TK_NORETURN
#define TK_ALWAYS_INLINE
#define TK_NOINLINE
#define TK_MAYBE_UNUSED
#define TK_PREFETCH(p) ((void)(p))
#endif

#endif
