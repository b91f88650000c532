/* decode.h - bytes of one file -> valid UTF-8 with LF line ends.
 *
 * A decoder is fed a file's bytes in blocks of any size and appends to a
 * caller's buffer text that is valid UTF-8 and complete characters only:
 *   - encoding NULL (auto): UTF-8, unless the file starts with a UTF-16 or
 *     UTF-32 byte order mark, which switches to that encoding;
 *   - any other name is handed to iconv(3) ("latin1", "cp1252", ...);
 *   - a U+FEFF at the very start of the decoded file is dropped (the BOM);
 *   - CR LF and lone CR become LF, also when split across blocks;
 *   - a character split across blocks is carried over, never damaged;
 *   - ill-formed input follows the policy: REPLACE each maximal ill-formed
 *     subpart with U+FFFD, DROP it, or FAIL (tk_decoder_feed returns
 *     TK_EILSEQ and tk_decoder_error_offset() gives the byte offset);
 *   - NUL bytes are data.
 * Between files call tk_decoder_finish() (flushes a truncated sequence
 * at EOF through the policy) and then tk_decoder_reset(). */
#ifndef TK_DECODE_H
#define TK_DECODE_H

#include "base/buf.h"
#include "base/common.h"

enum tk_invalid { TK_INVALID_REPLACE, TK_INVALID_DROP, TK_INVALID_FAIL };

struct tk_decoder;

/* Returns NULL when iconv does not know the encoding. */
struct tk_decoder *tk_decoder_new(const char *encoding, enum tk_invalid policy);
void tk_decoder_free(struct tk_decoder *d);
void tk_decoder_reset(struct tk_decoder *d);
bool tk_decoder_encoding_ok(const char *encoding);

int tk_decoder_feed(struct tk_decoder *d, const char *in, size_t n,
                    struct tk_buf *out);
int tk_decoder_finish(struct tk_decoder *d, struct tk_buf *out);

/* Since the last reset: ill-formed sequences seen, the byte offset of the
 * first, and (after TK_EILSEQ) the offset that failed. */
uint64_t tk_decoder_invalid_count(const struct tk_decoder *d);
uint64_t tk_decoder_first_invalid(const struct tk_decoder *d);
uint64_t tk_decoder_error_offset(const struct tk_decoder *d);
/* "UTF-8", or the encoding in use (after BOM detection). */
const char *tk_decoder_encoding(const struct tk_decoder *d);

#endif
