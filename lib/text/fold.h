/* fold.h - character folding of UTF-8 text: punctuation (quotes, dashes,
 * ellipsis, odd spaces, fullwidth ASCII), accent stripping, ASCII
 * transliteration, removal of invisible characters, and white-space
 * squeezing.
 *
 * Every mapping is table-driven (the tables are in fold.c, one row per
 * character, and man/normalize.1 lists them), deterministic and
 * independent of the locale.  Input must be valid UTF-8; output is
 * appended to a caller's buffer.  Nothing fails (except out of memory,
 * handled by lib/xalloc).
 *
 * The functions are per character, with two small exceptions that look
 * at neighbours inside the span they are given: ZWJ/ZWNJ are kept
 * between two non-ASCII characters (--invisible; see tk_fold_joiners),
 * and emoji tag sequences keep their tag characters.  A caller that cuts
 * a line into pieces should cut before ASCII white space, so that no
 * neighbour is lost (tools/normalize does). */
#ifndef TK_FOLD_H
#define TK_FOLD_H

#include "base/buf.h"
#include "base/space.h"

enum {
	TK_FOLD_QUOTES = 1 << 0,    /* curly/angle quotes, primes -> ' " */
	TK_FOLD_DASHES = 1 << 1,    /* hyphen and dash family -> - or -- */
	TK_FOLD_OTHER = 1 << 2,     /* ellipsis, odd spaces, fullwidth ASCII */
	TK_FOLD_PUNCT = TK_FOLD_QUOTES | TK_FOLD_DASHES | TK_FOLD_OTHER,
	TK_FOLD_ACCENTS = 1 << 3,   /* strip diacritics, map o-slash & co. */
	TK_FOLD_ASCII = 1 << 4,     /* transliterate everything to ASCII */
	TK_FOLD_INVISIBLE = 1 << 5, /* drop zero-width, bidi, Cc/Cf chars */
};

struct tk_fold {
	unsigned flags;
	const char *replacement;  /* TK_FOLD_ASCII: for what has no ASCII */
	size_t replacement_len;   /* form; NULL means "?" */
};

/* Apply the foldings in f->flags to s[0..n), appending to out.  Order:
 * invisible characters, punctuation, accents, ASCII. */
void tk_fold(const struct tk_fold *f, const char *s, size_t n,
             struct tk_buf *out);

/* The joiner rule of TK_FOLD_INVISIBLE, which tk_fold() applies to its
 * own output: in b->data[start..len), drop each ZWJ/ZWNJ (U+200D/200C)
 * unless the nearest characters before and after it that are not
 * joiners are both there, non-ASCII and not white space (Persian and
 * Indic words, emoji sequences).  Because it looks at the text as it
 * comes out (after folding: a curly quote next to a ZWJ is '"' there),
 * and dropping joiners never changes the neighbours of the others,
 * folding again keeps what it kept: tk_fold is idempotent.  A caller
 * whose later stages may turn a non-ASCII neighbour into ASCII (case
 * mapping, normalization forms) applies it again after them.  Returns
 * true if something was dropped. */
bool tk_fold_joiners(struct tk_buf *b, size_t start);

/* Look-up for one code point in the punctuation/letter tables: the ASCII
 * replacement if one of the classes in `flags` maps c, else NULL. */
const char *tk_fold_lookup(unsigned flags, uint32_t c);

/* White space per Unicode: tk_is_space() of base/space.h. */

/* Squeeze: each run of white space becomes one space; leading and
 * trailing runs of a line vanish.  The state carries over between the
 * pieces of one line; line_end says the piece ends the line. */
struct tk_squeeze {
	bool in_line;  /* something was written on this line */
	bool pending;  /* white space seen after it, not yet written */
};

#define TK_SQUEEZE_INIT { false, false }

void tk_squeeze(struct tk_squeeze *st, const char *s, size_t n,
                bool line_end, struct tk_buf *out);

#endif
