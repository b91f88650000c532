/* dictseg_mecab.c - the MeCab backend of dictseg: Japanese morphemes
 * (Viterbi over a dictionary's costs) with a UTF-8 IPADIC.  Compiled
 * when the build finds mecab-config.
 *
 * The model (the mapped dictionary) is loaded once per process and
 * shared; each instance has its own tagger and lattice, so threads run
 * at once.  The default dictionary (mecabrc) is used when it is UTF-8,
 * else the first UTF-8 IPADIC found in the usual places; none makes
 * open() fail, and Japanese goes to the next backend. */
#include "dictseg.h"
#include "dictseg_backend.h"
#include "base/xalloc.h"

#include <mecab.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#ifndef TK_MECAB_DICDIR
#define TK_MECAB_DICDIR "/usr/lib/mecab/dic"
#endif

static mecab_model_t *model;
static pthread_once_t model_once = PTHREAD_ONCE_INIT;

static bool is_utf8(mecab_model_t *m)
{
	const mecab_dictionary_info_t *di = mecab_model_dictionary_info(m);
	if (!di || !di->charset)
		return false;
	const char *c = di->charset;
	return strcmp(c, "UTF-8") == 0 || strcmp(c, "utf-8") == 0 ||
	       strcmp(c, "utf8") == 0 || strcmp(c, "UTF8") == 0;
}

static void load_model(void)
{
	static const char *const args[] = {
		"",
		"-d /var/lib/mecab/dic/ipadic-utf8",
		"-r /dev/null -d /var/lib/mecab/dic/ipadic-utf8",
		"-r /dev/null -d " TK_MECAB_DICDIR "/ipadic-utf8",
		"-r /dev/null -d " TK_MECAB_DICDIR "/ipadic",
		NULL
	};
	for (const char *const *a = args; *a; a++) {
		mecab_model_t *m = mecab_model_new2(*a);
		if (!m)
			continue;
		if (is_utf8(m)) {
			model = m;
			return;
		}
		mecab_model_destroy(m);
	}
}

struct mecab {
	mecab_t *tagger;
	mecab_lattice_t *lat;
};

static const char *mecab_ver(void)
{
	return mecab_version();
}

static void *mecab_open(void)
{
	pthread_once(&model_once, load_model);
	if (!model)
		return NULL;
	struct mecab *st = xcalloc(1, sizeof *st);
	st->tagger = mecab_model_new_tagger(model);
	st->lat = mecab_model_new_lattice(model);
	if (!st->tagger || !st->lat) {
		if (st->tagger)
			mecab_destroy(st->tagger);
		if (st->lat)
			mecab_lattice_destroy(st->lat);
		free(st);
		return NULL;
	}
	return st;
}

static void mecab_close(void *p)
{
	struct mecab *st = p;
	mecab_lattice_destroy(st->lat);
	mecab_destroy(st->tagger);
	free(st);
}

static int mecab_breaks(void *p, unsigned fam, const char *s, size_t n,
                        char *out)
{
	struct mecab *st = p;
	mecab_lattice_set_sentence2(st->lat, s, n);
	if (!mecab_parse_lattice(st->tagger, st->lat))
		return -1;
	for (const mecab_node_t *nd = mecab_lattice_get_bos_node(st->lat);
	     nd; nd = nd->next) {
		if (nd->stat == MECAB_BOS_NODE || nd->stat == MECAB_EOS_NODE)
			continue;
		if (nd->surface < s || nd->surface >= s + n)
			continue;
		size_t off = (size_t)(nd->surface - s);
		if (off > 0)
			out[off] = 1;
	}
	return 0;
}

const struct tk_seg_backend tk_seg_mecab = {
	"MeCab", TK_DS_JA, mecab_ver, mecab_open, mecab_close, mecab_breaks
};
