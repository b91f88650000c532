/* norm.h - Unicode normalization forms (NFC, NFD, NFKC, NFKD) of UTF-8
 * text, with a quick-check fast path and safe cut points for streaming.
 *
 * tk_norm() appends the normalized form of valid UTF-8 s[0..n) to out.
 * The mapping itself is libunistring's (uninorm); what this module adds
 * is speed: text is split at normalization boundaries, and every segment
 * that quick-check proves already normalized (ASCII, and characters that
 * are starters, unchanged by the form and never composed with what comes
 * before them) is copied, so only the segments that need work reach
 * u8_normalize.  tk_norm_slow() is the plain libunistring path, for the
 * differential tests.
 *
 * Streaming: tk_norm_cut() finds a cut point, an offset where the text
 * may be split without changing the result, so a line of any length can
 * be normalized in pieces (see struct tk_norm below).  Every ASCII
 * character and every "stable" character (as above) starts a boundary.
 *
 * The property tables are built lazily, 256 code points at a time, in
 * process-wide memory: not thread-safe before the first call completes.
 * Nothing here fails except by running out of memory (lib/xalloc). */
#ifndef TK_NORM_H
#define TK_NORM_H

#include "base/buf.h"

enum tk_form { TK_FORM_NONE, TK_FORM_NFC, TK_FORM_NFD, TK_FORM_NFKC,
               TK_FORM_NFKD };

/* Names "none", "nfc", "nfd", "nfkc", "nfkd" in enum order, NULL-ended
 * (for tk_parse_keyword). */
extern const char *const tk_form_names[];

void tk_norm(enum tk_form form, const char *s, size_t n, struct tk_buf *out);
void tk_norm_slow(enum tk_form form, const char *s, size_t n,
                  struct tk_buf *out);

/* Length of the longest prefix of s[0..n) that quick-check proves is in
 * the form and ends at a boundary (n when all of it is): tk_norm() would
 * copy it unchanged. */
size_t tk_norm_quick(enum tk_form form, const char *s, size_t n);

/* True when code point c is a boundary for the form (a normalization of
 * text before c never depends on c or what follows, and c is unchanged
 * when a boundary follows it). */
bool tk_norm_stable(enum tk_form form, uint32_t c);

/* The largest offset k <= n, k at a boundary, such that
 * norm(s[0..n) + t) == norm(s[0..k)) + norm(s[k..n) + t) for every t;
 * 0 when s holds no boundary after its first character. */
size_t tk_norm_cut(enum tk_form form, const char *s, size_t n);

/* Streaming over a line that arrives in pieces: feed each piece with
 * more=true except the last.  Output is appended as soon as a cut point
 * allows; the tail is carried.  If more than TK_NORM_CARRY_MAX bytes
 * arrive with no boundary at all (only conceivable for a pathological
 * run of combining marks), the carry is normalized and emitted anyway,
 * like the Stream-Safe Text Format of UAX #15 that caps such runs: the
 * memory bound wins over exactness there. */
#define TK_NORM_CARRY_MAX (4u << 20)

struct tk_norm {
	enum tk_form form;
	struct tk_buf carry;
};

void tk_norm_init(struct tk_norm *st, enum tk_form form);
void tk_norm_feed(struct tk_norm *st, const char *s, size_t n, bool more,
                  struct tk_buf *out);
void tk_norm_free(struct tk_norm *st);

#endif
