/* sniff.h - what a sample of input probably is: its encoding when it is
 * undeclared (for a hint in a warning; never applied silently), whether
 * it is HTML, and the charset an HTML page declares.
 *
 * tk_sniff_encoding() looks at raw bytes that were read as UTF-8 (no
 * --encoding, no byte-order mark) and names the encoding to pass with
 * --encoding when the bytes look like another one:
 *   "utf-32le"/"utf-32be"  most 4-byte groups hold three NULs, in the
 *                          places of text from U+0000..U+00FF;
 *   "utf-16le"/"utf-16be"  NUL in most odd (even) bytes and few even
 *                          (odd) ones: text of the Latin range;
 *   "cp1252"               the text is not valid UTF-8, its invalid
 *                          bytes are single bytes 0x80-0xFF that all
 *                          stand for characters in Windows-1252, and
 *                          valid multi-byte UTF-8 is rarer than they are;
 *   "latin1"               the same with bytes Windows-1252 leaves
 *                          undefined (0x81 0x8D 0x8F 0x90 0x9D).
 * NULL when nothing stands out.  Pure function of the sample. */
#ifndef TK_SNIFF_H
#define TK_SNIFF_H

#include "base/common.h"

/* How much of the start of a file is worth a look. */
#define TK_SNIFF_SAMPLE 65536

const char *tk_sniff_encoding(const char *p, size_t n);

/* True when s[0..n) looks like HTML (a tag such as <html, <body, <p,
 * <div, <!DOCTYPE near the start) rather than text or Markdown. */
bool tk_sniff_html(const char *s, size_t n);

/* The encoding a page declares in its first bytes, from raw (undecoded)
 * bytes: a BOM, <meta charset=...>, or <meta http-equiv=content-type
 * content="...; charset=...">.  Writes the label, lower-cased and mapped
 * the WHATWG way (latin1, iso-8859-1 and ascii mean windows-1252;
 * utf-16 labels mean utf-8 after a meta), to out (capacity cap, at least
 * 32) and returns its length, or 0 when the page declares none. */
size_t tk_html_sniff_charset(const char *s, size_t n, char *out, size_t cap);

#endif
