/* grapheme.h - extended grapheme clusters (UAX #29) of UTF-8 text.
 *
 * A grapheme cluster is what a reader sees as one character: "e" followed
 * by U+0301 COMBINING ACUTE ACCENT is one cluster, a flag (two regional
 * indicators) is one, an emoji ZWJ sequence is one.  Character n-grams
 * (ngram --chars) count clusters, not bytes and not code points.
 *
 * tk_grapheme_breaks() marks where clusters start in valid UTF-8
 * s[0..n): brk[i] = 1 when a cluster starts at byte i, else 0 (brk[0] is
 * 1 when n > 0); brk holds n bytes.  The rules are libunistring's
 * u8_grapheme_breaks, which sees the whole span (rules GB11-GB13 on emoji
 * ZWJ sequences and regional-indicator pairs look behind, so clusters
 * cannot be found one pair of characters at a time: libunistring's own
 * u8_grapheme_next gets flags and ZWJ sequences wrong for that reason).
 * An all-ASCII span takes a fast path: every byte starts a cluster
 * except the LF of CR LF (GB3), the only rule that joins two ASCII
 * characters.  tk_grapheme_breaks_slow() is the libunistring path alone,
 * for the differential test.  No allocation, no errors. */
#ifndef TK_GRAPHEME_H
#define TK_GRAPHEME_H

#include "base/common.h"

void tk_grapheme_breaks(const char *s, size_t n, char *brk);
void tk_grapheme_breaks_slow(const char *s, size_t n, char *brk);

#endif
