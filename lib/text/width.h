/* width.h - display width of UTF-8 text in terminal columns, and cuts
 * that keep whole grapheme clusters.
 *
 * A cluster (lib/text/grapheme.h) is drawn as one unit, so it is measured
 * as one: its width is that of its first code point by libunistring's
 * uc_width() in a UTF-8 locale (East Asian wide and fullwidth characters
 * and emoji count 2, combining marks, format characters and other
 * zero-width code points 0, the rest 1; East Asian "ambiguous" characters
 * count 1), except that a cluster holding U+FE0F (emoji presentation) and
 * a regional-indicator pair (a flag) count 2, as terminals draw them.
 * Control characters count 0.
 *
 * The cuts never split a cluster: tk_width_head() keeps the longest
 * prefix of whole clusters that fits in `cols` columns, tk_width_tail()
 * the longest suffix.  Input is valid UTF-8; the span should start and
 * end at cluster boundaries (what follows or precedes it is not seen).
 * `tmp` is scratch space for the cluster breaks of non-ASCII spans (the
 * caller's, reused between calls); an all-ASCII span takes a fast path
 * that needs none.  No errors. */
#ifndef TK_WIDTH_H
#define TK_WIDTH_H

#include "base/buf.h"
#include "base/common.h"

/* Width of the whole span s[0..n). */
size_t tk_width(const char *s, size_t n, struct tk_buf *tmp);

/* Bytes of the longest prefix of whole clusters at most cols wide; its
 * width in *used (may be NULL). */
size_t tk_width_head(const char *s, size_t n, size_t cols, size_t *used,
                     struct tk_buf *tmp);

/* Start of the longest suffix of whole clusters at most cols wide; its
 * width in *used (may be NULL). */
size_t tk_width_tail(const char *s, size_t n, size_t cols, size_t *used,
                     struct tk_buf *tmp);

/* Width of the one cluster s[0..n). */
size_t tk_width_cluster(const char *s, size_t n);

#endif
