/* output.c - buffered stdout with write-error latching (see output.h).
 *
 * Why exit on the first error rather than latch and continue: a tool
 * that cannot write has nothing useful left to do, and stopping at once
 * is what users expect from "> /dev/full".  EBADF from a stdout that was
 * closed before start is reported only when data is written, as gnulib's
 * close_stream does. */
#include "output.h"
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char out_storage[TK_OUT_CAP];
char *tk_out_buf = out_storage;
size_t tk_out_len;
static bool stdout_closed;   /* fd 1 was not open at start */
static bool wrote_anything;
bool tk_out_line_buffered;

void tk_out_init(void)
{
	if (fcntl(1, F_GETFD) < 0 && errno == EBADF) {
		stdout_closed = true;
		/* Occupy fd 1 so that no input file is opened on it. */
		int fd = open("/dev/null", O_WRONLY);
		if (fd >= 0 && fd != 1)
			close(fd);
	} else if (isatty(1))
		tk_out_line_buffered = true;
}

void tk_out_set_line_buffered(bool on)
{
	tk_out_line_buffered = on;
}

TK_NORETURN static void write_error(int err)
{
	if (err == EPIPE)
		_exit(1);
	fprintf(stderr, "%s: write error: %s\n", tk_progname, strerror(err));
	_exit(1);
}

static void write_all(const char *p, size_t n)
{
	if (n == 0)
		return;
	wrote_anything = true;
	if (stdout_closed)
		write_error(EBADF);
	while (n > 0) {
		ssize_t w = write(1, p, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			write_error(errno);
		}
		p += w;
		n -= (size_t)w;
	}
}

void tk_out_flushbuf(void)
{
	size_t n = tk_out_len;
	tk_out_len = 0;
	write_all(tk_out_buf, n);
}

void tk_out_write_slow(const void *p, size_t n)
{
	tk_out_flushbuf();
	if (n >= TK_OUT_CAP)
		write_all(p, n);
	else {
		memcpy(tk_out_buf, p, n);
		tk_out_len = n;
	}
}

int tk_out_close(void)
{
	tk_out_flushbuf();
	if (stdout_closed)
		return 0; /* nothing was written (else we had exited) */
	if (close(1) != 0 && !(errno == EBADF && !wrote_anything) &&
	    errno != EINTR) {
		fprintf(stderr, "%s: write error: %s\n", tk_progname,
		        strerror(errno));
		return 1;
	}
	return 0;
}

void tk_out_str(const char *s)
{
	tk_out_write(s, strlen(s));
}

void tk_out_u64(uint64_t v)
{
	if (v < 10) { /* most counts of small tables: no copy of a length */
		tk_out_putc((char)('0' + v));
		return;
	}
	char tmp[24];
	int i = sizeof tmp;
	do {
		tmp[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	tk_out_write(tmp + i, sizeof tmp - (size_t)i);
}

void tk_out_i64(int64_t v)
{
	if (v < 0) {
		tk_out_putc('-');
		tk_out_u64((uint64_t)0 - (uint64_t)v);
	} else
		tk_out_u64((uint64_t)v);
}

/* The process never calls setlocale(), so printf's decimal point is '.'. */
void tk_out_double(double v, int digits)
{
	tk_out_printf("%.*g", digits, v);
}

void tk_out_fixed(double v, int decimals)
{
	tk_out_printf("%.*f", decimals, v);
}

void tk_out_printf(const char *fmt, ...)
{
	char small[256];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n < sizeof small) {
		tk_out_write(small, (size_t)n);
		return;
	}
	char *big = malloc((size_t)n + 1);
	if (!big) {
		fprintf(stderr, "%s: out of memory\n", tk_progname);
		exit(1);
	}
	va_start(ap, fmt);
	vsnprintf(big, (size_t)n + 1, fmt, ap);
	va_end(ap);
	tk_out_write(big, (size_t)n);
	free(big);
}
