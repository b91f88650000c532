/* stemopt.h - the --stem=LANG option of the programs that stem words
 * (tokenize, wordfreq, ngram), parsed one way for all (lib/text/stem). */
#ifndef TK_STEMOPT_H
#define TK_STEMOPT_H

/* The value of --stem=LANG, checked: "list" prints the languages one a
 * line and exits 0; an unknown language is a usage error (exit 2) that
 * lists them; in a build without libstemmer any --stem is an error
 * (exit 1: the command is right, this build cannot do it).  Returns
 * LANG, for tk_stemmer_new(). */
const char *tk_stem_option(const char *arg);

/* "libstemmer (Snowball)" or "none", for --version. */
const char *tk_stem_describe(void);

#endif
