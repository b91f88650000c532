/* opts.h - a program's options as one table: getopt_long's short-option
 * string and struct option[], and the option lines of --help, are all
 * built from it, so an option is added by adding one row.  The man page
 * stays hand-written; scripts/check-options compares it with --help.
 *
 * A row is { long name, code, argument kind, placeholder, help }:
 *
 *   { "form", 'f', required_argument, "FORM",
 *     "normalization form: nfc (default), nfd, nfkc,\n"
 *     "nfkd, or none" },
 *
 * The code is what tk_getopt() returns for the option: a short letter
 * (then -f works too), or for a long-only option a code of its own from
 * TK_OPT_TOOL up (lib/cli/cli.h).  The argument kind is getopt's:
 * no_argument (placeholder NULL), required_argument (--form=FORM) or
 * optional_argument (--total[=WHERE]).  The help text is the option's
 * --help lines with '\n' between them; the lines after the first are
 * indented to the help column.  TK_OPT_SECTION rows print a heading
 * line as it is (begin it with "\n" for a blank line before it); the
 * table ends with TK_OPT_END.  The shared rows come as macros:
 * TK_COMMON_OPTS (lib/cli/cli.h), the TK_TALLY_*_OPTS (lib/cli/tally.h). */
#ifndef TK_OPTS_H
#define TK_OPTS_H

#include <getopt.h>

#include "base/buf.h"

struct tk_opt {
	const char *name; /* long name without "--"; NULL: a section row */
	int code;         /* short letter, or a long-only code >= 0x100 */
	int arg;          /* no_argument, required_argument, optional_argument */
	const char *meta; /* the argument's placeholder ("N", "FORM"), or NULL */
	const char *help; /* help lines; of a section row, its heading */
};

#define TK_OPT_SECTION(heading) { NULL, 0, no_argument, NULL, (heading) }
#define TK_OPT_END { NULL, 0, no_argument, NULL, NULL }

/* The column where the help text of an option line starts. */
enum { TK_OPT_HELP_COLUMN = 25 };

/* getopt_long over the table opts: the next option's code, '?' after
 * getopt's own message for an unknown option or a missing argument, -1
 * after the last option (optind is then the first operand).  Like
 * getopt_long one parse at a time: the arrays built from opts are kept
 * until -1 or a call with another table.  A malformed table (a name,
 * letter or code twice, a placeholder that does not fit the argument
 * kind) is a bug in the program: it dies with status 1 and names it. */
int tk_getopt(int argc, char **argv, const struct tk_opt *opts);

/* Append the --help lines of the table to out:
 * "  -f, --form=FORM        help" and "      --html             help",
 * the help at TK_OPT_HELP_COLUMN (or two spaces after a longer name). */
void tk_opt_format(const struct tk_opt *opts, struct tk_buf *out);

/* NULL, or why the table is malformed, with *row the index of the
 * offending row: a name, letter or code twice, a code that is neither a
 * short letter nor >= 0x100, a placeholder missing or given without an
 * argument, a row without help. */
const char *tk_opt_check(const struct tk_opt *opts, size_t *row);

/* The getopt_long arguments of a well-formed table (what tk_getopt
 * uses): a short-option string and a struct option[] ending in a zero
 * row.  The caller frees both with free(). */
void tk_opt_build(const struct tk_opt *opts, char **shortopts,
                  struct option **longopts);

#endif
