/* output.h - the buffered writer for standard output.
 *
 * One process-wide writer on fd 1 (tools write nothing else).  Writes are
 * buffered (64 KiB); the first write error is fatal at once: the writer
 * prints "PROG: write error: REASON" and exits 1, so a tool never goes on
 * computing for a full disk.  A closed pipe ends the process through the
 * default SIGPIPE, silently; if the parent ignored SIGPIPE, EPIPE ends it
 * quietly with status 1.  A closed stdout (">&-") is a write error as
 * soon as anything is written.  tk_out_close() must run at exit: it
 * flushes and closes fd 1 and returns the exit status contribution (0 or
 * 1), like gnulib's close_stdout.
 *
 * Line-buffered mode (on by itself when fd 1 is a terminal, or asked for
 * with --line-buffered): the input layer flushes the writer before it
 * hands out the next record, so each input line's output is written
 * before the program reads on, and nothing waits in the buffer while
 * the program waits for input (tail -f | normalize | grep).  Otherwise
 * output goes out in 64 KiB blocks. */
#ifndef TK_OUTPUT_H
#define TK_OUTPUT_H

#include "base/buf.h"
#include "base/common.h"

void tk_out_init(void);               /* line-buffered if fd 1 is a tty */
void tk_out_set_line_buffered(bool on);
extern bool tk_out_line_buffered;
void tk_out_flushbuf(void);          /* write out the buffer */
int tk_out_close(void);              /* 0, or 1 after reporting an error */

extern char *tk_out_buf;
extern size_t tk_out_len;
#define TK_OUT_CAP (64u << 10)

void tk_out_write_slow(const void *p, size_t n);

static inline void tk_out_write(const void *p, size_t n)
{
	if (likely(n <= TK_OUT_CAP - tk_out_len)) {
		__builtin_memcpy(tk_out_buf + tk_out_len, p, n);
		tk_out_len += n;
	} else
		tk_out_write_slow(p, n);
}

static inline void tk_out_putc(char c)
{
	if (unlikely(tk_out_len == TK_OUT_CAP))
		tk_out_flushbuf();
	tk_out_buf[tk_out_len++] = c;
}

/* p[0..n) and then the byte c (a token or key and its terminator). */
static inline void tk_out_line(const void *p, size_t n, char c)
{
	if (likely(n < TK_OUT_CAP - tk_out_len)) {
		tk_copy_short(tk_out_buf + tk_out_len, p, n);
		tk_out_len += n;
		tk_out_buf[tk_out_len++] = c;
	} else {
		tk_out_write_slow(p, n);
		tk_out_putc(c);
	}
}

void tk_out_str(const char *s);
void tk_out_u64(uint64_t v);
void tk_out_i64(int64_t v);
/* A double in %.*g style with the given significant digits, locale-free. */
void tk_out_double(double v, int digits);
/* Like tk_out_double but with exactly `decimals` digits after the point. */
void tk_out_fixed(double v, int decimals);
void tk_out_printf(const char *fmt, ...) TK_PRINTF(1, 2);

#endif
