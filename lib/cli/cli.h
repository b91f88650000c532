/* cli.h - what every program shares on its command line: the program
 * name, diagnostics, the common options, strict value parsers.
 *
 * Diagnostics go to stderr as "PROG: message" or "PROG: FILE: message",
 * lower case, no final period.  Exit statuses: 0 success, 1 a runtime
 * problem, 2 a usage error.  The common options (--encoding, --invalid,
 * -z/--null, --help, --version) are parsed here so that every tool spells
 * and documents them the same way; each tool ends its option table
 * (lib/cli/opts.h) with TK_COMMON_OPTS. */
#ifndef TK_CLI_H
#define TK_CLI_H

#include <getopt.h>
#include <stdio.h>
#include "base/common.h"
#include "base/xalloc.h" /* tk_progname */

#include "text/decode.h"
#include "opts.h"

struct tk_common {
	const char *encoding; /* NULL: UTF-8 with BOM sniffing */
	enum tk_invalid invalid;
	bool nul;             /* -z: records end with NUL, in and out */
};

/* Long-only option codes: common ones here, tools start at TK_OPT_TOOL. */
enum {
	TK_OPT_ENCODING = 0x100,
	TK_OPT_INVALID,
	TK_OPT_HELP,
	TK_OPT_VERSION,
	TK_OPT_LINE_BUFFERED,
	TK_OPT_TOOL = 0x110
};

/* The common options' rows, the last of every tool's table. */
#define TK_COMMON_OPTS                                                      \
	TK_OPT_SECTION("\nInput options:"),                                 \
	{ "encoding", TK_OPT_ENCODING, required_argument, "NAME",           \
	  "decode input from NAME (any iconv encoding:\n"                   \
	  "latin1, cp1252, koi8-r, utf-16le, ...);\n"                       \
	  "default UTF-8, or UTF-16/32 when a BOM says so" },               \
	{ "invalid", TK_OPT_INVALID, required_argument, "POLICY",           \
	  "invalid input bytes: replace (with U+FFFD, one\n"                \
	  "warning per file; default), drop, or fail" },                    \
	{ "null", 'z', no_argument, NULL,                                   \
	  "records end with NUL, not newline (in and out)" },               \
	{ "line-buffered", TK_OPT_LINE_BUFFERED, no_argument, NULL,         \
	  "write each line's output at once (the default\n"                 \
	  "when standard output is a terminal)" },                          \
	{ "help", TK_OPT_HELP, no_argument, NULL,                           \
	  "display this help and exit" },                                   \
	{ "version", TK_OPT_VERSION, no_argument, NULL,                     \
	  "output version information and exit" }

/* Set the program name used in every message.  Call first in main(). */
void tk_cli_init(const char *name, int argc, char **argv);

/* Handle option c, a common one, and return true; `help` prints the
 * tool's full help to stdout (the tool's usage function) and the process
 * exits 0; '?' (getopt's error) exits 2 with the hint line.  Tools call
 * it for every code they do not handle themselves, so any other code is
 * a row of the tool's option table that nothing handles: a bug, which
 * dies with status 1 rather than ignore the option. */
bool tk_cli_common(int c, const char *arg, struct tk_common *co,
                   void (*help)(void));

/* The whole --help, to stdout: intro (the usage line and what the
 * program does, ending in a blank line), the option lines of the table
 * opts, then what every program says about operands and exit status. */
void tk_cli_help(const char *intro, const struct tk_opt *opts);

/* Diagnostics. */
void tk_warn(const char *fmt, ...) TK_PRINTF(1, 2);
void tk_warn_file(const char *file, const char *fmt, ...) TK_PRINTF(2, 3);
/* "PROG: FILE: strerror(err)" */
void tk_warn_errno(const char *file, int err);
TK_NORETURN void tk_die(int status, const char *fmt, ...) TK_PRINTF(2, 3);
/* "PROG: message" + "Try 'PROG --help' for more information.", exit 2 */
TK_NORETURN void tk_usage_error(const char *fmt, ...) TK_PRINTF(1, 2);

/* --abbrev=FILE of tokenize and sentence-split: add the list in path
 * to a, or die (status 1) naming the file, or its malformed line. */
struct tk_abbrev;
void tk_cli_abbrev_file(struct tk_abbrev *a, const char *path);

/* Display name of an operand: "standard input" for "-". */
const char *tk_file_name(const char *operand);

/* Strict parsers: the whole string, in [min, max], else a usage error that
 * names the option and the value. */
uint64_t tk_parse_u64(const char *opt, const char *arg, uint64_t min,
                      uint64_t max);
double tk_parse_double(const char *opt, const char *arg, double min,
                       double max);
/* A size with an optional K, M, G suffix (powers of 1024). */
uint64_t tk_parse_size(const char *opt, const char *arg);
/* Index of arg in the NULL-terminated list; else a usage error listing
 * the valid choices. */
int tk_parse_keyword(const char *opt, const char *arg,
                     const char *const *choices);

/* Print "PROG (textkit) VERSION" to stdout, a line "Unicode X.Y.Z
 * (character properties: LIBRARY)", for a program that splits sentences
 * the same for its Sentence_Break table, for a program that tokenizes a
 * line "word segmentation: ..." (tk_dictseg_describe()),
 * and the copyright and licence lines (as GNU programs do). */
void tk_cli_version(void);

/* For the programs that tokenize (call after tk_cli_init()): --version
 * names the word segmenters, and at exit one warning says which scripts
 * met had no segmenter in this build (their words were cut into
 * characters). */
void tk_cli_uses_tokenizer(void);
/* For the programs that split sentences: --version names the Unicode
 * version of the Sentence_Break table too. */
void tk_cli_uses_sentences(void);

#endif
