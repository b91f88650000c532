/* token_special.h - the tokenizer's recognisers of special tokens, each
 * a pure function of a span: the length of the token that starts at
 * s[0] of s[0..n), or 0 when there is none.  s[0..n) is valid UTF-8
 * without white space (a chunk of a line, or its rest from the point
 * where the rule is tried); after_word tells whether a letter, digit or
 * mark comes just before s[0] in the same chunk.  No allocation, no
 * state: the rule loop in token.c tries them in the order tokenize.1
 * lists them. */
#ifndef TK_TOKEN_SPECIAL_H
#define TK_TOKEN_SPECIAL_H

#include "base/common.h"

/* T1 URL: a scheme and "://" (or "mailto:"), or "www." (any case), then
 * everything but white space and the characters RFC 3986 excludes (" <
 * > ` { } | \ ^), up to a ) or ] that closes no bracket opened in the
 * URL, minus trailing punctuation (. , ; : ! ? ' *).  seg is
 * the length of the UAX #29 segment at s[0] (the scheme ends at its
 * first colon). */
size_t tk_url_len(const char *s, size_t n, size_t seg);

/* T2 e-mail address: local@domain, ASCII; the domain is labels of
 * letters, digits and inner hyphens separated by dots. */
size_t tk_email_len(const char *s, size_t n);

/* T3 @mention and T4 #hashtag (by s[0]): not after a word character;
 * the name is letters, marks, digits and _ (and 's); a hashtag needs a
 * letter; a mention may have inner dots (@example.org). */
size_t tk_tag_len(const char *s, size_t n, bool after_word);

/* T5 emoticon of ASCII punctuation (:-) ;) <3 ^_^ ...): not inside a
 * word (:D in "Note:Do", <3 in "<30") nor before a bracket (;)) is a
 * run of brackets). */
size_t tk_emoticon_len(const char *s, size_t n, bool after_word);

/* T6 a clitic alone ('s 'll n't ... read back from Penn Treebank
 * output): an apostrophe and a clitic that fill the whole of s[0..n);
 * n or 0. */
size_t tk_clitic_len(const char *s, size_t n);

#endif
