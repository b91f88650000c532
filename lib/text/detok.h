/* detok.h - join tokens back into text with natural spacing: the
 * inverse of `tokenize -s` for ordinary prose (detokenize(1)).
 *
 * Tokens come one at a time (tk_detok_token) and each is appended to
 * out with the separator it needs before it: nothing before closing
 * punctuation (, . ; : ! ? ) ] } % and the closing quotes) and English
 * clitics ('s n't 're 've 'll 'd 'm), nothing after opening brackets and
 * quotes, currency signs and an elided article (l' qu' dell'), nothing
 * around a slash, nothing after an ellipsis that opens a line or a
 * quotation ("...there is"); straight quotes " and ' alternate between
 * opening and closing, within a paragraph (a quotation may go on over
 * several sentences, one a line).  French (lang "fr") puts a space before ; : ! ?
 * and inside guillemets (« oui ») and elided articles (l' qu') join
 * the next word; in English a word ending in an apostrophe is a plural
 * possessive (the states' case).  An en dash between numbers or
 * references takes no spaces (8–10, [1]–[11]), nor does a hyphen that
 * cuts a word off before punctuation (wh-, t-?), nor a bracketed plural
 * (friend(s)); an apostrophe before a decade or em/tis/twas opens the
 * word (the ’70s, put ’em on).  Chinese and Japanese take no space
 * between words of Han or kana, nor around their punctuation and
 * full-width forms (東京 は 。 -> 東京は。), nor, on a line whose words
 * are mostly Han or kana (tk_detok_look), between such a word and a
 * Latin word or a number (用 iPhone -> 用iPhone, 2011 年 -> 2011年;
 * "I love 東京" keeps its spaces) or after an ASCII , ; : ! or ?
 * there (施設,HP); Thai, Lao, Khmer
 * and Myanmar take none between two words of the script, as they are
 * written.  Otherwise one space.  Nothing here fails. */
#ifndef TK_DETOK_H
#define TK_DETOK_H

#include "base/buf.h"
#include "base/common.h"

struct tk_detok {
	bool french;
	bool first;      /* no token yet on this line */
	bool glue_next;  /* the previous token takes no space after it */
	bool dq_open;    /* a straight " is open */
	bool sq_open;    /* a straight ' is open */
	bool prev_digit; /* the previous token ended in a digit */
	char prev_last;  /* its last byte (0 at a line's start) */
	unsigned prev_script; /* the script class of its last character */
	size_t cjk_words;     /* words of Han or kana on the line */
	size_t other_words;   /* and words of other letters */
};

/* lang: NULL or an ISO 639 code ("fr" turns on the French rules). */
void tk_detok_init(struct tk_detok *d, const char *lang);

/* A line has ended: no separator before the next token; empty (a blank
 * line, a paragraph's end) closes the quotes too. */
void tk_detok_line(struct tk_detok *d, bool empty);

/* Count the words of the line (or the piece of it) s[0..n), tokens
 * separated by spaces or tabs, by script, before its tokens go to
 * tk_detok_token(). */
void tk_detok_look(struct tk_detok *d, const char *s, size_t n);

/* Append the separator that t[0..n) needs, then t itself.  next is the
 * token after it on the line, or NULL at the line's end: a straight "
 * that nothing opened is a closing one at the end of the line, and so
 * is one after a number (17" wheels). */
void tk_detok_token(struct tk_detok *d, const char *t, size_t n,
                    const char *next, size_t nn, struct tk_buf *out);

#endif
