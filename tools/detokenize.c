/* detokenize - join `tokenize -s` output (tokens separated by spaces,
 * one line per line) back into text with natural spacing.  The rules
 * are lib/text/detok; this file holds the options and the streaming.
 *
 * A line longer than the record limit comes in pieces: the tokens up to
 * the last space are joined at once, the rest is carried over to the
 * next piece; a piece with no space in more than CARRY_MAX bytes goes
 * out as the start of a token whose rest follows as it is, so memory
 * stays bounded. */
#include "base/buf.h"
#include "base/utf8.h"
#include "cli/cli.h"
#include "cli/input.h"
#include "cli/output.h"
#include "text/detok.h"

#include <string.h>

#define CARRY_MAX (4u << 20)

struct opts {
	struct tk_common co;
	const char *lang;
};

static const char *const languages[] = { "en", "fr", NULL };

static const struct tk_opt options[] = {
	{ "language", 'l', required_argument, "LANG",
	  "spacing rules: en (default) or fr (a space\n"
	  "before ; : ! ? and inside \xC2\xAB \xC2\xBB)" },
	TK_COMMON_OPTS,
	TK_OPT_END
};

static void help(void)
{
	tk_cli_help(
	"Usage: detokenize [OPTION]... [FILE]...\n"
	"Join space-separated tokens (tokenize -s output) back into text with\n"
	"natural spacing: no space before , . ; : ! ? ) ] or clitics ('s n't),\n"
	"none after ( [ or an opening quote; one output line per input line.\n"
	"\n", options);
}

struct state {
	struct tk_detok d;
	struct tk_buf out;
	bool in_token; /* the last piece ended inside a long token */
};

/* Join the space-separated tokens of s[0..n). */
static void join(struct state *st, const char *s, size_t n)
{
	size_t i = 0;
	tk_detok_look(&st->d, s, n);
	while (i < n) {
		if (s[i] == ' ' || s[i] == '\t') {
			st->in_token = false;
			i++;
			continue;
		}
		size_t j = i;
		while (j < n && s[j] != ' ' && s[j] != '\t')
			j++;
		/* the next token, if this piece holds it */
		size_t a = j, b;
		while (a < n && (s[a] == ' ' || s[a] == '\t'))
			a++;
		for (b = a; b < n && s[b] != ' ' && s[b] != '\t'; b++)
			;
		if (st->in_token)
			tk_buf_add(&st->out, s + i, j - i);
		else
			tk_detok_token(&st->d, s + i, j - i, a < n ? s + a : NULL,
			               b - a, &st->out);
		i = j;
	}
	tk_out_write(st->out.data, st->out.len);
	tk_buf_clear(&st->out);
}

static int process(struct tk_input *in, const struct opts *o)
{
	struct state st = { .out = TK_BUF_INIT };
	struct tk_buf carry = TK_BUF_INIT;
	struct tk_record r;
	char term = o->co.nul ? '\0' : '\n';
	tk_detok_init(&st.d, o->lang);
	while (tk_input_next(in, &r)) {
		if (!r.more && carry.len == 0) {
			join(&st, r.p, r.len);
		} else {
			tk_buf_add(&carry, r.p, r.len);
			size_t cut = carry.len;
			if (r.more) {
				while (cut > 0 && carry.data[cut - 1] != ' ' &&
				       carry.data[cut - 1] != '\t')
					cut--;
				if (cut == 0 && carry.len > CARRY_MAX)
					cut = tk_utf8_boundary(carry.data, carry.len);
			}
			join(&st, carry.data, cut);
			if (r.more && cut && carry.data[cut - 1] != ' ' &&
			    carry.data[cut - 1] != '\t')
				st.in_token = true; /* cut inside a long token */
			tk_buf_consume(&carry, cut);
			if (r.more)
				continue;
			tk_buf_clear(&carry);
		}
		tk_out_putc(term);
		tk_detok_line(&st.d, st.d.first);
		st.in_token = false;
	}
	if (carry.len) { /* input ended inside a line (aborted input) */
		join(&st, carry.data, carry.len);
		tk_out_putc(term);
	}
	tk_buf_free(&carry);
	tk_buf_free(&st.out);
	return tk_input_close(in);
}

int main(int argc, char **argv)
{
	struct opts o = { 0 };
	tk_cli_init("detokenize", argc, argv);
	int c;
	while ((c = tk_getopt(argc, argv, options)) != -1) {
		switch (c) {
		case 'l':
			o.lang = languages[tk_parse_keyword("--language", optarg,
			                                    languages)];
			break;
		default: tk_cli_common(c, optarg, &o.co, help); break;
		}
	}
	struct tk_input *in = tk_input_open(argv + optind, argc - optind, &o.co);
	int status = process(in, &o);
	return status | tk_out_close();
}
