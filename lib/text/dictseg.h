/* dictseg.h - word boundaries inside runs of scripts written without
 * spaces (Han, Hiragana/Katakana, Thai, Lao, Khmer, Myanmar), from a
 * dictionary segmenter.
 *
 * UAX #29 leaves these scripts to "a dictionary" and cuts them into
 * single characters; this module finds the runs of such letters in a
 * span and asks a segmenter for the words of each run, once per run.
 * The backends (dictseg_icu.c, dictseg_mecab.c, dictseg_thai.c) are
 * compiled in only when the build finds their libraries
 * (TK_HAVE_ICU, TK_HAVE_MECAB, TK_HAVE_LIBTHAI); each family of scripts
 * goes to the best one present (by measured word F1: MeCab, then ICU,
 * for Japanese; libthai, then ICU, for Thai; ICU for the others).  A
 * build without any keeps UAX #29's boundaries (one word per character)
 * and records the families it met (tk_dictseg_missed()), so the
 * program can say so once.
 *
 * A run is a maximal sequence of letters (L), combining marks (M) and
 * letter numbers (Nl) of one family: Han, Hiragana and Katakana form
 * one family (Japanese when the run holds kana, Chinese when it is Han
 * only), Thai, Lao, Khmer and Myanmar one each.  Digits, punctuation,
 * symbols and every other script are outside runs and keep textkit's
 * own rules; the boundaries at the edges of a run are UAX #29's.
 *
 * Every word given is stable: segmented alone, it is one word (a word
 * that would split again is replaced by its pieces, recursively), so
 * that tokenizing the tokens again changes nothing.  Stable words are
 * remembered in a per-instance cache of bounded size.
 *
 * An instance is for one thread; instances in different threads may
 * run at once (shared read-only dictionaries are loaded once, thread
 * safely).  No I/O but the segmenters' dictionaries; never prints. */
#ifndef TK_DICTSEG_H
#define TK_DICTSEG_H

#include "base/common.h"

/* Families of scripts, as bits. */
enum {
	TK_DS_HAN = 1 << 0,      /* Chinese: a run of Han only */
	TK_DS_JA = 1 << 1,       /* Japanese: Han with Hiragana/Katakana */
	TK_DS_THAI = 1 << 2,
	TK_DS_LAO = 1 << 3,
	TK_DS_KHMER = 1 << 4,
	TK_DS_MYANMAR = 1 << 5,
	TK_DS_ALL = (1 << 6) - 1
};

struct tk_dictseg;

/* The family whose Unicode blocks hold code point c, whatever its
 * category (letters, marks, punctuation of the block alike): TK_DS_HAN
 * for the Han blocks (and 々 〆 〇, the Suzhou numerals), TK_DS_JA for
 * the kana blocks, TK_DS_THAI, TK_DS_LAO, TK_DS_KHMER, TK_DS_MYANMAR,
 * or 0.  The one list of these ranges: runs are its letters. */
unsigned tk_dictseg_block(uint32_t c);

/* A new instance (cheap: backends are opened on first use). */
struct tk_dictseg *tk_dictseg_new(void);
void tk_dictseg_free(struct tk_dictseg *d);

/* Replace the boundaries inside each run of s[0..n) (valid UTF-8) by
 * the segmenter's.  p[0..n) are boundary flags as in wordbreak.h
 * (p[i] = 1: a boundary before s[i]); flags outside runs and at their
 * edges are left as they are.  Runs without a segmenter are left as
 * they are too, and recorded for tk_dictseg_missed(). */
void tk_dictseg_refine(struct tk_dictseg *d, const char *s, size_t n,
                       char *p);

/* The words of one run s[0..n) of family fam, segmented alone, as
 * boundary flags p[0..n) (p[0] = 0): what tk_dictseg_refine() gives
 * inside a run.  Returns false (p all 0) when no backend segments fam.
 * For tests. */
bool tk_dictseg_words(struct tk_dictseg *d, unsigned fam, const char *s,
                      size_t n, char *p);

/* Empty d's cache of segmented runs and words: what follows is computed
 * afresh (and must be what the cache would have given).  For tests. */
void tk_dictseg_forget(struct tk_dictseg *d);

/* Tests: -1 when the table of character kinds that finds runs agrees
 * with computing each kind, on every code point, else the first that
 * does not. */
int tk_dictseg_check_kinds(void);

/* The families no backend could segment, met by any instance since
 * the start of the program (a bit mask, 0 if none). */
unsigned tk_dictseg_missed(void);

/* The families some backend of this build segments (opens each backend
 * once to see whether its dictionary loads). */
unsigned tk_dictseg_available(void);

/* Human-readable names: of one family bit ("Chinese"), and of what
 * segments what, e.g. "MeCab 0.996 (Japanese), libthai 0.1.29 (Thai),
 * ICU 72.1 (Chinese, Lao, Khmer, Myanmar)", or "none".  The string of
 * tk_dictseg_describe() is static, built on first call (call it from
 * one thread). */
const char *tk_dictseg_family_name(unsigned fam);
const char *tk_dictseg_describe(void);

#endif
