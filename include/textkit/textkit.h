/* textkit.h - the public C interface of libtextkit (see textkit(3)).
 *
 * A small, stable API over the library the textkit programs use:
 * decode bytes to UTF-8 and normalize it, iterate tokens (with types and
 * byte offsets) and sentences, count keys in a table and read the table
 * back in order.  Everything else in the library is internal and not
 * exported from the shared library.
 *
 * Conventions:
 *   - Text is (pointer, length): not NUL-terminated, NUL is data.  Text
 *     given to the normalize, token and sentence functions must be valid
 *     UTF-8 (textkit_decode() makes it so); otherwise they return
 *     TEXTKIT_EILSEQ.
 *   - Functions that can fail return TEXTKIT_OK (0) or a negative
 *     TEXTKIT_E* code; textkit_strerror() names it.
 *   - Strings the library allocates for the caller are released with
 *     textkit_free().  Objects (tokenizer, splitter, counter) belong to
 *     the caller, who frees them with their _free function.
 *   - Out of memory ends the process with status 1 after the message
 *     "textkit: out of memory" on standard error (the library's one
 *     exit; it never prints otherwise).
 *   - Objects are not shared between threads; distinct objects may be
 *     used in distinct threads once one call of each function has
 *     returned (property tables are filled on first use).
 *
 * Stability: the soname is libtextkit.so.0; within it, functions and
 * structures here only gain members at their end (never in structures
 * the caller allocates) and constants keep their values. */
#ifndef TEXTKIT_TEXTKIT_H
#define TEXTKIT_TEXTKIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__) || defined(__clang__)
#define TEXTKIT_API __attribute__((visibility("default")))
#else
#define TEXTKIT_API
#endif

/* ---- version and errors ------------------------------------------- */

/* The version of the library in use, e.g. "1.2.3". */
TEXTKIT_API const char *textkit_version(void);

enum {
	TEXTKIT_OK = 0,
	TEXTKIT_EILSEQ = -2,    /* invalid input (bytes or UTF-8) */
	TEXTKIT_EINVAL = -4,    /* a bad argument (unknown language, ...) */
	TEXTKIT_EOVERFLOW = -5, /* a count would pass UINT64_MAX */
	TEXTKIT_ENOENC = -6     /* an encoding iconv(3) does not know */
};

/* A short English message for a TEXTKIT_E* code ("invalid byte
 * sequence"); a static string. */
TEXTKIT_API const char *textkit_strerror(int code);

/* Release a string the library returned (NULL is allowed). */
TEXTKIT_API void textkit_free(void *p);

/* ---- decoding and normalization ----------------------------------- */

enum textkit_invalid {
	TEXTKIT_INVALID_REPLACE, /* each ill-formed subpart -> U+FFFD */
	TEXTKIT_INVALID_DROP,    /* ill-formed bytes are left out */
	TEXTKIT_INVALID_FAIL     /* return TEXTKIT_EILSEQ */
};

/* Decode in[0..n), a whole file's bytes, to valid UTF-8 with LF line
 * ends, as the programs read input: encoding NULL means UTF-8 (a UTF-16
 * or UTF-32 byte order mark switches to that encoding); any other name
 * is passed to iconv(3) ("latin1", "cp1252", ...).  A leading BOM is
 * dropped; CR LF and lone CR become LF.  On success *out (NUL-terminated,
 * for convenience) and *outlen are set; free *out with textkit_free().
 * Returns TEXTKIT_OK, TEXTKIT_ENOENC, or TEXTKIT_EILSEQ under
 * TEXTKIT_INVALID_FAIL (then *error_offset, if not NULL, is the byte
 * offset of the first invalid sequence and *out is NULL). */
TEXTKIT_API int textkit_decode(const char *encoding,
                               enum textkit_invalid policy,
                               const char *in, size_t n, char **out,
                               size_t *outlen, uint64_t *error_offset);

enum textkit_form {
	TEXTKIT_NFC, TEXTKIT_NFD, TEXTKIT_NFKC, TEXTKIT_NFKD
};

enum textkit_case {
	TEXTKIT_CASE_KEEP,     /* no case mapping */
	TEXTKIT_CASE_LOWER,    /* full Unicode lower case */
	TEXTKIT_CASE_UPPER,    /* full Unicode upper case */
	TEXTKIT_CASE_FOLD      /* full case folding (Straße -> strasse) */
};

/* Normalize valid UTF-8 s[0..n): case mapping first (language-neutral
 * rules), then Unicode normalization form `form`.  The result is
 * returned as for textkit_decode().  TEXTKIT_OK, or TEXTKIT_EILSEQ when
 * s is not valid UTF-8. */
TEXTKIT_API int textkit_normalize(const char *s, size_t n,
                                  enum textkit_form form,
                                  enum textkit_case cs, char **out,
                                  size_t *outlen);

/* ---- tokens ------------------------------------------------------- */

enum textkit_token_type {
	TEXTKIT_TOKEN_WORD,
	TEXTKIT_TOKEN_NUMBER,
	TEXTKIT_TOKEN_PUNCT,
	TEXTKIT_TOKEN_SYMBOL,
	TEXTKIT_TOKEN_URL,
	TEXTKIT_TOKEN_EMAIL,
	TEXTKIT_TOKEN_HASHTAG,
	TEXTKIT_TOKEN_MENTION,
	TEXTKIT_TOKEN_EMOJI
};

/* "word", "number", "punct", "symbol", "url", "email", "hashtag",
 * "mention", "emoji" (as tokenize --types prints them); NULL for a
 * value outside the enum. */
TEXTKIT_API const char *textkit_token_type_name(enum textkit_token_type t);

/* Options of textkit_tokenizer_new(), or-ed. */
#define TEXTKIT_TOKEN_UAX29 0x1u              /* plain UAX #29 words */
#define TEXTKIT_TOKEN_SPLIT_CONTRACTIONS 0x2u /* do n't, Russia 's */
#define TEXTKIT_TOKEN_SPLIT_HYPHENS 0x4u      /* 45 - year - old */

struct textkit_token {
	const char *text;       /* points into the caller's text */
	size_t len;
	size_t start, end;      /* byte offsets in the text: [start, end) */
	enum textkit_token_type type;
};

struct textkit_tokenizer;

/* A tokenizer with the tokenize(1) rules; flags as above (unknown bits
 * are TEXTKIT_EINVAL: NULL is returned). */
TEXTKIT_API struct textkit_tokenizer *textkit_tokenizer_new(unsigned flags);
TEXTKIT_API void textkit_tokenizer_free(struct textkit_tokenizer *t);

/* Start iterating over the tokens of valid UTF-8 s[0..n), which the
 * caller keeps unchanged until the iteration ends.  Lines (LF) are
 * tokenized one by one, as tokenize(1) does; tokens never hold white
 * space.  TEXTKIT_OK, or TEXTKIT_EILSEQ (then the iteration is empty). */
TEXTKIT_API int textkit_tokenizer_start(struct textkit_tokenizer *t,
                                        const char *s, size_t n);

/* The next token in *tok: 1, or 0 at the end of the text.  Memory stays
 * bounded by the longest line. */
TEXTKIT_API int textkit_tokenizer_next(struct textkit_tokenizer *t,
                                       struct textkit_token *tok);

/* ---- sentences ---------------------------------------------------- */

/* Options of textkit_splitter_new(), or-ed. */
#define TEXTKIT_SENTENCE_UAX29 0x1u   /* plain UAX #29 boundaries */

struct textkit_sentence {
	const char *text;       /* points into the caller's text; inner line
	                           breaks kept, outer white space trimmed */
	size_t len;
	size_t start, end;      /* byte offsets in the text: [start, end) */
	bool paragraph;         /* first sentence of a new paragraph (a
	                           blank line came before it) */
};

struct textkit_splitter;

/* A sentence splitter with the sentence-split(1) rules and the
 * abbreviation list of language lang ("de", "en", "es", "fr", "it",
 * "nl", "pt", "ru"; NULL: "en").  NULL for a language without a list. */
TEXTKIT_API struct textkit_splitter *textkit_splitter_new(const char *lang,
                                                          unsigned flags);
TEXTKIT_API void textkit_splitter_free(struct textkit_splitter *sp);

/* Start iterating over the sentences of valid UTF-8 s[0..n), which the
 * caller keeps unchanged until the iteration ends.  A blank line ends a
 * sentence and a paragraph; the lines of a paragraph are one text.
 * TEXTKIT_OK, or TEXTKIT_EILSEQ (then the iteration is empty). */
TEXTKIT_API int textkit_splitter_start(struct textkit_splitter *sp,
                                       const char *s, size_t n);

/* The next sentence in *snt: 1, or 0 at the end of the text. */
TEXTKIT_API int textkit_splitter_next(struct textkit_splitter *sp,
                                      struct textkit_sentence *snt);

/* ---- counting ----------------------------------------------------- */

struct textkit_counter;

/* An empty key -> count table.  Keys are byte strings (NUL is data);
 * the table keeps its own copy of each. */
TEXTKIT_API struct textkit_counter *textkit_counter_new(void);
TEXTKIT_API void textkit_counter_free(struct textkit_counter *c);

/* Add n to key[0..len)'s count (inserting it).  TEXTKIT_OK, or
 * TEXTKIT_EOVERFLOW when the sum would pass UINT64_MAX (the count is
 * left as it was). */
TEXTKIT_API int textkit_counter_add(struct textkit_counter *c,
                                    const char *key, size_t len,
                                    uint64_t n);

/* Count the words of valid UTF-8 s[0..n) as wordfreq(1) does by default:
 * tokens of type word and number, case-folded.  TEXTKIT_OK,
 * TEXTKIT_EILSEQ or TEXTKIT_EOVERFLOW. */
TEXTKIT_API int textkit_counter_add_words(struct textkit_counter *c,
                                          const char *s, size_t n);

/* key's count; 0 when absent. */
TEXTKIT_API uint64_t textkit_counter_get(const struct textkit_counter *c,
                                         const char *key, size_t len);

/* Number of distinct keys. */
TEXTKIT_API size_t textkit_counter_size(const struct textkit_counter *c);

struct textkit_entry {
	const char *key;        /* NUL after len */
	size_t len;
	uint64_t count;
};

/* The table in wordfreq(1)'s order: count descending, then key bytes
 * ascending.  Returns a new array of textkit_counter_size() entries
 * (free it with textkit_free(); NULL for an empty table); its keys are
 * copies in the same allocation, valid until that textkit_free(). */
TEXTKIT_API struct textkit_entry *
textkit_counter_sorted(const struct textkit_counter *c, size_t *n);

#ifdef __cplusplus
}
#endif

#endif
