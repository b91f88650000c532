/* cli.c - program name, diagnostics, common options, strict parsers. */
#include "cli.h"
#include "output.h"
#include "text/abbrev.h"
#include "text/decode.h"
#include "text/dictseg.h"
#include "text/sentence.h"
#include "base/unicode.h"
#include "stemopt.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The Makefile passes the version from the VERSION file. */
#ifndef TK_VERSION
#define TK_VERSION "unknown"
#endif

void tk_cli_init(const char *name, int argc, char **argv)
{
	tk_progname = name;
	if (argc > 0)
		argv[0] = (char *)name; /* getopt's own messages use argv[0] */
	tk_out_init();
}

TK_PRINTF(2, 0)
static void vwarn(const char *file, const char *fmt, va_list ap)
{
	/* Keep stdout's data ahead of the message in a shared terminal. */
	fflush(stdout);
	if (file)
		fprintf(stderr, "%s: %s: ", tk_progname, file);
	else
		fprintf(stderr, "%s: ", tk_progname);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void tk_warn(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vwarn(NULL, fmt, ap);
	va_end(ap);
}

void tk_warn_file(const char *file, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vwarn(file, fmt, ap);
	va_end(ap);
}

void tk_warn_errno(const char *file, int err)
{
	tk_warn_file(file, "%s", strerror(err));
}

void tk_die(int status, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vwarn(NULL, fmt, ap);
	va_end(ap);
	exit(status);
}

void tk_usage_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vwarn(NULL, fmt, ap);
	va_end(ap);
	fprintf(stderr, "Try '%s --help' for more information.\n", tk_progname);
	exit(2);
}

const char *tk_file_name(const char *operand)
{
	return strcmp(operand, "-") == 0 ? "standard input" : operand;
}

static bool uses_tokenizer, uses_sentences;

void tk_cli_version(void)
{
	tk_out_str(tk_progname);
	tk_out_str(" (textkit) " TK_VERSION "\n");
	tk_out_str("Unicode ");
	tk_out_str(tk_unicode_version());
	char lib[64];
	tk_unicode_library(lib, sizeof lib);
	tk_out_str(" (character properties: ");
	tk_out_str(lib);
	tk_out_str(")\n");
	if (uses_sentences) {
		tk_out_str("Unicode ");
		tk_out_str(tk_sb_unicode_version);
		tk_out_str(" (sentence breaks: generated table)\n");
	}
	if (uses_tokenizer) {
		tk_out_str("word segmentation: ");
		tk_out_str(tk_dictseg_describe());
		tk_out_str("\nstemming: ");
		tk_out_str(tk_stem_describe());
		tk_out_str("\n");
	}
	tk_out_str("Copyright (C) 2026 the textkit authors.\n"
	"License MIT: <https://opensource.org/license/mit>.\n"
	"This is free software: you are free to change and redistribute it.\n"
	"There is NO WARRANTY, to the extent permitted by law.\n");
}

/* At exit: the scripts that no segmenter of this build could cut into
 * words, once. */
static void warn_unsegmented(void)
{
	unsigned m = tk_dictseg_missed();
	if (!m)
		return;
	char names[128] = "";
	size_t len = 0;
	for (unsigned f = 1; f <= TK_DS_MYANMAR; f <<= 1)
		if (m & f)
			len += (size_t)snprintf(names + len, sizeof names - len, "%s%s",
			                        len ? ", " : "", tk_dictseg_family_name(f));
	tk_warn("warning: no word segmenter for %s text in this build: "
	        "its words were cut into characters", names);
}

void tk_cli_uses_sentences(void)
{
	uses_sentences = true;
}

void tk_cli_uses_tokenizer(void)
{
	uses_tokenizer = true;
	atexit(warn_unsegmented);
}

static const char *const invalid_choices[] = { "replace", "drop", "fail", NULL };

bool tk_cli_common(int c, const char *arg, struct tk_common *co,
                   void (*help)(void))
{
	switch (c) {
	case TK_OPT_ENCODING:
		/* iconv takes "" as the locale's charset: refuse it, output
		 * must not depend on the locale. */
		if (!*arg || !tk_decoder_encoding_ok(arg))
			tk_usage_error("unknown encoding '%s' (see 'iconv -l')", arg);
		co->encoding = arg;
		return true;
	case TK_OPT_INVALID:
		co->invalid = (enum tk_invalid)tk_parse_keyword("--invalid", arg,
		                                                invalid_choices);
		return true;
	case 'z':
		co->nul = true;
		return true;
	case TK_OPT_LINE_BUFFERED:
		tk_out_set_line_buffered(true);
		return true;
	case TK_OPT_HELP:
		help();
		exit(tk_out_close());
	case TK_OPT_VERSION:
		tk_cli_version();
		exit(tk_out_close());
	case '?':
		fprintf(stderr, "Try '%s --help' for more information.\n",
		        tk_progname);
		exit(2);
	}
	tk_die(1, "option code 0x%x is in the option table but not handled "
	       "(a bug)", (unsigned)c);
}

void tk_cli_help(const char *intro, const struct tk_opt *opts)
{
	struct tk_buf b = TK_BUF_INIT;
	tk_opt_format(opts, &b);
	tk_out_str(intro);
	tk_out_write(b.data, b.len);
	tk_buf_free(&b);
	tk_out_str(
	"\nWith no FILE, or when FILE is -, read standard input.  Several files\n"
	"are read in order as one stream.\n"
	"Exit status: 0 success, 1 a runtime problem, 2 a usage error.\n");
}

uint64_t tk_parse_u64(const char *opt, const char *arg, uint64_t min,
                      uint64_t max)
{
	const char *p = arg;
	uint64_t v = 0;
	if (*p == '+')
		p++;
	if (*p < '0' || *p > '9')
		tk_usage_error("invalid value '%s' for %s: not a number", arg, opt);
	for (; *p >= '0' && *p <= '9'; p++) {
		unsigned d = (unsigned)(*p - '0');
		if (v > (UINT64_MAX - d) / 10)
			tk_usage_error("invalid value '%s' for %s: too large", arg, opt);
		v = v * 10 + d;
	}
	if (*p)
		tk_usage_error("invalid value '%s' for %s: not a number", arg, opt);
	if (v < min || v > max)
		tk_usage_error("invalid value '%s' for %s: must be %llu to %llu", arg,
		               opt, (unsigned long long)min,
		               (unsigned long long)max);
	return v;
}

double tk_parse_double(const char *opt, const char *arg, double min,
                       double max)
{
	char *end;
	errno = 0;
	double v = strtod(arg, &end);
	if (end == arg || *end || errno || !isfinite(v))
		tk_usage_error("invalid value '%s' for %s: not a number", arg, opt);
	if (v < min || v > max)
		tk_usage_error("invalid value '%s' for %s: must be %g to %g", arg,
		               opt, min, max);
	return v;
}

uint64_t tk_parse_size(const char *opt, const char *arg)
{
	size_t n = strlen(arg);
	uint64_t mul = 1;
	char num[64];
	if (n > 0 && n < sizeof num) {
		switch (arg[n - 1]) {
		case 'k': case 'K': mul = 1ull << 10; n--; break;
		case 'm': case 'M': mul = 1ull << 20; n--; break;
		case 'g': case 'G': mul = 1ull << 30; n--; break;
		}
	}
	if (n == 0 || n >= sizeof num)
		tk_usage_error("invalid size '%s' for %s", arg, opt);
	memcpy(num, arg, n);
	num[n] = '\0';
	uint64_t v = tk_parse_u64(opt, num, 0, UINT64_MAX / mul);
	return v * mul;
}

int tk_parse_keyword(const char *opt, const char *arg,
                     const char *const *choices)
{
	for (int i = 0; choices[i]; i++)
		if (strcmp(arg, choices[i]) == 0)
			return i;
	fflush(stdout);
	fprintf(stderr, "%s: invalid value '%s' for %s; valid values are:",
	        tk_progname, arg, opt);
	for (int i = 0; choices[i]; i++)
		fprintf(stderr, "%s '%s'", i ? "," : "", choices[i]);
	fprintf(stderr, "\nTry '%s --help' for more information.\n", tk_progname);
	exit(2);
}

void tk_cli_abbrev_file(struct tk_abbrev *a, const char *path)
{
	size_t line = 0;
	int r = tk_abbrev_add_file(a, path, &line);
	if (r == TK_EIO)
		tk_die(1, "%s: %s", path, strerror(errno));
	if (r != TK_OK)
		tk_die(1, "%s:%zu: malformed abbreviation entry", path, line);
}
