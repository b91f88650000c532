/* xalloc.h - allocation wrappers with one out-of-memory policy.
 *
 * Every function here either returns usable memory or prints
 * "PROG: out of memory" and exits with status 1 (never aborts, never
 * returns NULL), so callers do not check.  Sizes are checked for
 * overflow: xnmalloc(n, size) fails cleanly when n * size overflows. */
#ifndef TK_XALLOC_H
#define TK_XALLOC_H

#include <stddef.h>
#include "common.h"

void *xmalloc(size_t size);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t size);
void *xnmalloc(size_t n, size_t size);
void *xnrealloc(void *p, size_t n, size_t size);
char *xstrdup(const char *s);
char *xmemdup(const void *p, size_t n); /* adds a NUL after n bytes */
TK_NORETURN void xalloc_die(void);
/* The same exit for other exhausted resources (a table past its largest
 * size): "PROG: MSG", status 1.  The one place below lib/cli/ that
 * prints or exits, as out of memory is. */
TK_NORETURN void xalloc_die_msg(const char *msg);

/* The program name for that message; lib/cli sets it. */
extern const char *tk_progname;

/* Give the heap's free memory back to the system, after a large
 * structure was freed and smaller ones will follow (the C library keeps
 * it otherwise, and the freed pages count in the process's size):
 * glibc's malloc_trim(); nothing where the C library has none. */
void tk_heap_release(void);

/* Capacity growth shared by every growable structure: at least `need`,
 * 1.5x the old capacity, never less than `min`; dies on overflow. */
size_t xgrow(size_t cap, size_t need, size_t min);

#endif
