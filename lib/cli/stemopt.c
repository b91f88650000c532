/* stemopt.c - the --stem=LANG option (see stemopt.h). */
#include "stemopt.h"

#include "cli.h"
#include "output.h"
#include "text/stem.h"

#include <stdlib.h>
#include <string.h>

const char *tk_stem_option(const char *arg)
{
	if (!tk_stem_available())
		tk_die(1, "--stem: this build has no stemmer (it was built "
		       "without libstemmer)");
	const char *const *langs = tk_stem_languages();
	if (strcmp(arg, "list") == 0) {
		for (const char *const *l = langs; *l; l++) {
			tk_out_str(*l);
			tk_out_putc('\n');
		}
		exit(tk_out_close());
	}
	struct tk_stemmer *st = tk_stemmer_new(arg);
	if (st) {
		tk_stemmer_free(st);
		return arg;
	}
	struct tk_buf b = TK_BUF_INIT;
	for (const char *const *l = langs; *l; l++) {
		if (l != langs)
			tk_buf_add(&b, ", ", 2);
		tk_buf_add(&b, *l, strlen(*l));
	}
	tk_buf_addc(&b, '\0');
	tk_usage_error("invalid value '%s' for --stem: no such stemmer; "
	               "the languages: %s", arg, b.data);
}

const char *tk_stem_describe(void)
{
	return tk_stem_available() ? "libstemmer (Snowball)" : "none";
}
