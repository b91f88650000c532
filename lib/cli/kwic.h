/* kwic.h - keyword in context: the concordance of kwic(1), from records
 * to aligned lines.
 *
 * The stream is tokenized (lib/text/token) and each token fed to a
 * lib/text/tokmatch pattern; every occurrence becomes a hit with its left
 * context (the text before the keyword), the keyword (its text as
 * written) and its right context.  Contexts are cut to `width` display
 * columns (lib/text/width: whole grapheme clusters, wide characters two
 * columns), and with `tokens` also to that many words (word and number
 * tokens; punctuation between them comes along).  In contexts and
 * keywords every run of ASCII white space and control characters is
 * shown as one space, so a line break inside a document reads as a
 * space, a TSV field never holds a TAB or a newline, and the columns
 * line up.  Contexts never cross a document: each operand, and with `nul`
 * each NUL-ended record, is one.
 *
 * Memory is bounded: the document's text is kept in a window (what the
 * left contexts and the phrases need, some KiB, cut at token starts) and
 * a hit waits only until enough text follows it for its right context;
 * then it is written.  With a sort order, hits are collected (their
 * lines and keys only) and written at tk_kwic_finish().
 *
 * Sorting is stable and in byte order of keys (locale-independent): the
 * keyword's key (tokmatch's: folded unless case-sensitive, stemmed with
 * --stem; a phrase's keys joined by spaces), then with TK_KWIC_SORT_L/R n
 * the key of the n-th word to the left/right (none sorts first), then
 * the order of the text.
 *
 * Formats (each record ended by LF, NUL with nul):
 *   text   [FILE<TAB>][OFFSET<TAB>]LEFT KEYWORD RIGHT, LEFT padded on the
 *          left with spaces to `width` columns, so every keyword starts
 *          in the same column
 *   tsv    [FILE<TAB>][OFFSET<TAB>]LEFT<TAB>KEYWORD<TAB>RIGHT, unpadded;
 *          every field escaped as lib/cli/tsv.h says (a backslash, TAB,
 *          LF and CR written \\ \t \n \r; only a file name can hold
 *          the last three)
 *   jsonl  {"file":..,"offset":..,"left":..,"keyword":..,"right":..}
 *          ("file" and "offset" only when asked for)
 * OFFSET is the byte offset of the keyword in its file's decoded text. */
#ifndef TK_KWIC_H
#define TK_KWIC_H

#include "input.h"
#include "text/token.h"
#include "text/tokmatch.h"

enum tk_kwic_format { TK_KWIC_TEXT, TK_KWIC_TSV, TK_KWIC_JSONL };

/* "text", "tsv", "jsonl", NULL: for tk_parse_keyword. */
extern const char *const tk_kwic_format_names[];

enum tk_kwic_sort { TK_KWIC_SORT_NONE, TK_KWIC_SORT_KEY, TK_KWIC_SORT_L,
                    TK_KWIC_SORT_R };

/* "key", "1L", "2L", "3L", "1R", "2R", "3R", NULL; tk_kwic_sort_parse()
 * maps an index of it to the sort fields. */
extern const char *const tk_kwic_sort_names[];

struct tk_kwic_opts {
	size_t width;            /* columns of each context */
	size_t tokens;           /* 0, or at most this many words each side */
	enum tk_kwic_sort sort;
	unsigned sort_n;         /* 1..3 with SORT_L / SORT_R */
	enum tk_kwic_format format;
	bool with_filename, offsets;
	bool nul;                /* -z: records are documents, NUL ends out */
	struct tk_tokenizer_opts tok;
};

/* Index i of tk_kwic_sort_names into o->sort, o->sort_n. */
void tk_kwic_sort_parse(int i, struct tk_kwic_opts *o);

struct tk_kwic;

/* m is borrowed (kept until tk_kwic_free). */
struct tk_kwic *tk_kwic_new(const struct tk_kwic_opts *o,
                            struct tk_tokmatch *m);
/* The next record of the input, read from the operand named file. */
void tk_kwic_record(struct tk_kwic *k, const struct tk_record *r,
                    const char *file);
/* End of input: the last document's hits, then (sorted) all of them. */
void tk_kwic_finish(struct tk_kwic *k);
void tk_kwic_free(struct tk_kwic *k);
/* The tokenizer k reads with (for tk_input_lookahead). */
struct tk_tokenizer *tk_kwic_tokenizer(struct tk_kwic *k);

#endif
