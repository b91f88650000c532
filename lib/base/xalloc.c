/* xalloc.c - the one out-of-memory handler (see xalloc.h). */
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <unistd.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

const char *tk_progname = "textkit";

void xalloc_die_msg(const char *msg)
{
	/* Avoid stdio buffers: we may be out of memory. */
	const char *p = tk_progname ? tk_progname : "textkit";
	(void)!write(2, p, strlen(p));
	(void)!write(2, ": ", 2);
	(void)!write(2, msg, strlen(msg));
	(void)!write(2, "\n", 1);
	_exit(1);
}

void xalloc_die(void)
{
	xalloc_die_msg("out of memory");
}

void *xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);
	if (!p)
		xalloc_die();
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		xalloc_die();
	return p;
}

void *xrealloc(void *p, size_t size)
{
	p = realloc(p, size ? size : 1);
	if (!p)
		xalloc_die();
	return p;
}

void *xnmalloc(size_t n, size_t size)
{
	if (size && n > SIZE_MAX / size)
		xalloc_die();
	return xmalloc(n * size);
}

void *xnrealloc(void *p, size_t n, size_t size)
{
	if (size && n > SIZE_MAX / size)
		xalloc_die();
	return xrealloc(p, n * size);
}

char *xmemdup(const void *src, size_t n)
{
	if (n == SIZE_MAX)
		xalloc_die();
	char *p = xmalloc(n + 1);
	memcpy(p, src, n);
	p[n] = '\0';
	return p;
}

char *xstrdup(const char *s)
{
	return xmemdup(s, strlen(s));
}

size_t xgrow(size_t cap, size_t need, size_t min)
{
	size_t n = cap < min ? min : cap;
	while (n < need) {
		if (n > SIZE_MAX / 3 * 2)
			xalloc_die();
		n += n / 2;
	}
	if (n < need)
		xalloc_die();
	return n;
}

void tk_heap_release(void)
{
#if defined(__GLIBC__)
	malloc_trim(0);
#endif
}
