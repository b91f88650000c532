/* opts.c - one option table per program: getopt_long's arguments and the
 * --help option lines, both built from the table's rows. */
#include "opts.h"
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static bool is_option(const struct tk_opt *o)
{
	return o->name != NULL;
}

static bool is_end(const struct tk_opt *o)
{
	return !o->name && !o->help;
}

/* A code getopt can take as a short option letter. */
static bool short_letter(int c)
{
	return c > ' ' && c < 0x7f && c != ':' && c != '?' && c != '-';
}

const char *tk_opt_check(const struct tk_opt *opts, size_t *row)
{
	for (size_t i = 0; !is_end(&opts[i]); i++) {
		const struct tk_opt *o = &opts[i];
		*row = i;
		if (!is_option(o))
			continue;
		if (!*o->name || !o->help)
			return "an option needs a name and help";
		if (!short_letter(o->code) && o->code < 0x100)
			return "the code is neither a short letter nor >= 0x100";
		if (o->arg != no_argument && o->arg != required_argument &&
		    o->arg != optional_argument)
			return "unknown argument kind";
		if ((o->arg == no_argument) != (o->meta == NULL))
			return "a placeholder goes with an argument, and only then";
		for (size_t j = 0; j < i; j++) {
			const struct tk_opt *p = &opts[j];
			if (!is_option(p))
				continue;
			if (strcmp(p->name, o->name) == 0)
				return "the name is in the table twice";
			if (p->code == o->code)
				return "the code is in the table twice";
		}
	}
	return NULL;
}

void tk_opt_build(const struct tk_opt *opts, char **shortopts,
                  struct option **longopts)
{
	size_t n = 0;
	while (!is_end(&opts[n]))
		n++;
	char *s = xmalloc(3 * n + 1);
	struct option *l = xcalloc(n + 1, sizeof *l);
	size_t ns = 0, nl = 0;
	for (size_t i = 0; i < n; i++) {
		const struct tk_opt *o = &opts[i];
		if (!is_option(o))
			continue;
		l[nl++] = (struct option){ o->name, o->arg, NULL, o->code };
		if (o->code >= 0x100)
			continue;
		s[ns++] = (char)o->code;
		if (o->arg != no_argument)
			s[ns++] = ':';
		if (o->arg == optional_argument)
			s[ns++] = ':';
	}
	s[ns] = '\0';
	*shortopts = s;
	*longopts = l;
}

int tk_getopt(int argc, char **argv, const struct tk_opt *opts)
{
	static const struct tk_opt *built;
	static char *shortopts;
	static struct option *longopts;
	if (built != opts) {
		size_t row;
		const char *bad = tk_opt_check(opts, &row);
		if (bad)
			tk_die(1, "option table, row %zu (%s): %s", row,
			       opts[row].name ? opts[row].name : "a section", bad);
		free(shortopts);
		free(longopts);
		tk_opt_build(opts, &shortopts, &longopts);
		built = opts;
	}
	int c = getopt_long(argc, argv, shortopts, longopts, NULL);
	if (c == -1) {
		free(shortopts);
		free(longopts);
		shortopts = NULL;
		longopts = NULL;
		built = NULL;
	}
	return c;
}

void tk_opt_format(const struct tk_opt *opts, struct tk_buf *out)
{
	for (const struct tk_opt *o = opts; !is_end(o); o++) {
		if (!is_option(o)) {
			tk_buf_adds(out, o->help);
			tk_buf_addc(out, '\n');
			continue;
		}
		size_t start = out->len;
		tk_buf_adds(out, "  ");
		if (o->code < 0x100) {
			tk_buf_addc(out, '-');
			tk_buf_addc(out, (char)o->code);
			tk_buf_adds(out, ", ");
		} else
			tk_buf_adds(out, "    ");
		tk_buf_adds(out, "--");
		tk_buf_adds(out, o->name);
		if (o->arg == optional_argument)
			tk_buf_addc(out, '[');
		if (o->arg != no_argument) {
			tk_buf_addc(out, '=');
			tk_buf_adds(out, o->meta);
		}
		if (o->arg == optional_argument)
			tk_buf_addc(out, ']');
		size_t w = out->len - start;
		size_t pad = w + 2 <= TK_OPT_HELP_COLUMN ? TK_OPT_HELP_COLUMN - w : 2;
		while (pad--)
			tk_buf_addc(out, ' ');
		for (const char *p = o->help; *p; p++) {
			tk_buf_addc(out, *p);
			if (*p == '\n')
				for (int k = 0; k < TK_OPT_HELP_COLUMN; k++)
					tk_buf_addc(out, ' ');
		}
		tk_buf_addc(out, '\n');
	}
}
