/* extract_impl.h - the extractor's state, shared by extract.c (choosing
 * the blocks) and extract_render.c (writing them); internal to
 * lib/count/extract*. */
#ifndef TK_EXTRACT_IMPL_H
#define TK_EXTRACT_IMPL_H

#include "extract.h"
#include "extract_lang.h"
#include "text/pagemeta.h"

/* Tuning constants, measured on the development set (extract-dev:
 * gold F1 and snippets; scripts/score-extract).  This version, with
 * the values below: gold F1 95.70 (P 96.65, R 95.73), snippets with
 * 91.79 without 91.79, about 1000 pages/s on one core.  The figures
 * of each constant were measured with the rules of its time:
 * EXPAND_PROSE: share of prose, in tenths, of what an ancestor adds
 * for it to widen the article (5: more of the article and of its
 * surroundings; 11: never widen; 8 best);
 * BODY_WEIGHT: class weight of the common names of article bodies;
 * TITLE_BONUS: candidate score for holding the title's heading (0:
 * gold F1 94.01, snippets with 89.26 without 91.89; 5: 93.98, 90.42,
 * 91.58; 15: 93.81, 91.47, 90.95; with this version's rules, 0:
 * 94.61, 89.68, 92.11; 5: 94.64, 90.84, 91.89; 10: 94.48, 91.58,
 * 91.58);
 * BODY_FALLBACK: below this share (tenths) of the JSON-LD articleBody's
 * text, the articleBody is printed instead (5: with 91.89, 7: 92.11
 * without 89.16, 9: without 89.05; gold F1 unchanged);
 * LIST_ITEM: mean characters per item for a list to stay in the
 * article up to half link text (30: gold F1 94.46, snippets without
 * 91.79; 50: 94.46, 91.89; 70: 94.39, 91.89);
 * LINKPARA_TEXT: characters of its own for a paragraph that is mostly
 * link text to stay (20: gold F1 94.62, snippets with 90.63 without
 * 91.79; 40: 94.64, 90.53, 91.89; 60: 94.63, 90.53, 91.89; 150:
 * 94.54, 90.42, 91.89; never: 94.49, 90.42, 91.89);
 * LABEL_CHARS: longest label line ending in a colon (25: 93.99, 40:
 * 93.99, 80: 93.99 but snippets with 90.21);
 * HEAD_BLOCKS: most blocks from the title's heading to the article for
 * the heading to head it (0: gold F1 94.64; 3: 95.35; 6: 95.56, with
 * 91.79 without 91.68; 8: 95.63, 91.79, 91.68; 10: 95.63, 91.79,
 * 91.58; 20: 95.63, 91.79, 91.37);
 * HEAD_CHARS: most characters between them (200: 95.56, with 91.16;
 * 400: 95.56, 91.79; 1000: 95.49, 92.00 without 91.58; with 6 blocks);
 * HEAD_LEAD: shortest lead paragraph between them that is kept (0,
 * bylines and dates too: gold F1 95.74 but snippets without 90.63; 60:
 * 95.55, 91.26; 100: 95.56, 91.68; the dn-* gold has the bylines, the
 * tf-* snippets have them as must-not). */
/* BYLINE_CHARS: longest block of a byline or date element that is
 * dropped (0: none; dev set, default output: gold F1 94.49, snippets
 * with 91.26 without 92.11; 80: 94.35, 91.26, 92.21; 100: 94.37,
 * 91.26, 92.21; 200: 94.39, 91.26, 92.21; the dn-* gold has the
 * bylines, the tf-* snippets have some of them as must-not);
 * BYLINE_BOX: largest such element (not one that holds the article:
 * unbounded, 27 blocks of article text went too). */
#ifndef BYLINE_CHARS
#define BYLINE_CHARS 100
#endif
#ifndef BYLINE_BOX
#define BYLINE_BOX 300
#endif
/* BYTEXT_EDGE: kept blocks at each end of the article where a short
 * line (at most BYTEXT_CHARS characters) that starts as a byline or
 * date line does ("By Ann Writer", "Posted on ...") is dropped (0: none,
 * gold F1 94.37; 4: 94.24, snippets unchanged, 24 lines on 500 pages,
 * every one a byline or date line; the dn-* gold has them). */
#ifndef BYTEXT_EDGE
#define BYTEXT_EDGE 4
#endif
#ifndef BYTEXT_CHARS
#define BYTEXT_CHARS 80
#endif
/* PROMO_EDGE: kept blocks at the end of the article where a short call
 * to follow, subscribe or join (at most PROMO_CHARS characters, an
 * imperative and a channel: "Follow us on Twitter", "Subscribe to our
 * newsletter") is dropped (0: none; dev set, default output: gold F1
 * 94.24, snippets with 91.26 without 92.21; 3: 94.25, 91.26, 92.84:
 * 17 lines on 500 pages, every one such a call; the dn-* gold has 4 of
 * them). */
#ifndef PROMO_EDGE
#define PROMO_EDGE 3
#endif
#ifndef PROMO_CHARS
#define PROMO_CHARS 250
#endif
/* DISCLAIMER_EDGE: kept blocks at each end of the article where a
 * disclaimer of at most DISCLAIMER_CHARS characters (affiliate links,
 * paid placement, opinions not the site's) is dropped (0: none; dev
 * set, default output: gold F1 94.21, snippets without 92.95; 3: 94.23,
 * 93.16: 6 blocks on 500 pages, each a disclaimer). */
#ifndef DISCLAIMER_EDGE
#define DISCLAIMER_EDGE 3
#endif
#ifndef DISCLAIMER_CHARS
#define DISCLAIMER_CHARS 400
#endif
/* AD_CHARS: longest block of its own, anywhere in the article, that is
 * dropped as the label of an advertisement (0: none). */
#ifndef AD_CHARS
#define AD_CHARS 40
#endif
/* CREDIT_CHARS: longest credit line of a picture or chart that is
 * dropped ("Foto: Ann Writer", "Shutterstock"; 0: none; dev set,
 * default output: gold F1 94.25, snippets with 91.26 without 92.84;
 * 100: 94.21, 91.26, 92.95: 20 lines on 500 pages, each a credit; the
 * dn-* gold has 4 of them, the tf-* snippets have them as must-not). */
#ifndef CREDIT_CHARS
#define CREDIT_CHARS 100
#endif
#ifndef EXPAND_PROSE
#define EXPAND_PROSE 8
#endif
#ifndef BODY_WEIGHT
#define BODY_WEIGHT 25
#endif
#ifndef BODY_FALLBACK
#define BODY_FALLBACK 7
#endif
#ifndef TAIL_RULE
#define TAIL_RULE 1
#endif
#ifndef TAIL_SHORT
#define TAIL_SHORT 60
#endif
#ifndef HEADING_RULE
#define HEADING_RULE 1
#endif
#ifndef TITLE_LEVELS
#define TITLE_LEVELS 64
#endif
#ifndef TAIL_HEADS
#define TAIL_HEADS 1
#endif
#ifndef LIST_RULE
#define LIST_RULE 1
#endif
#ifndef LIST_ITEM
#define LIST_ITEM 50
#endif
#ifndef LINKPARA_TEXT
#define LINKPARA_TEXT 50
#endif
#ifndef LABEL_RULE
#define LABEL_RULE 1
#endif
#ifndef LABEL_CHARS
#define LABEL_CHARS 40
#endif
#ifndef HEAD_BLOCKS
#define HEAD_BLOCKS 8
#endif
#ifndef HEAD_CHARS
#define HEAD_CHARS 400
#endif
#ifndef HEAD_LEAD
#define HEAD_LEAD 100
#endif
#ifndef TITLE_BONUS
#define TITLE_BONUS 5
#endif

struct node_info {
	double score;       /* candidate score */
	int weight;         /* class weight */
	size_t chars, links, commas;  /* subtree sums */
	uint32_t paras, items, heads;
	size_t vis, prose;  /* chars outside unlikely subtrees; of them in
	                       prose paragraphs (this attempt) */
	size_t vlinks;      /* link chars outside unlikely subtrees */
	size_t prose0;      /* chars in prose paragraphs */
	bool scored;
	bool titled;        /* holds the heading that matches the title */
	bool unlikely;      /* in a subtree set aside (inherited) */
	bool kept;          /* in the article (inherited) */
	bool dropped;       /* cleaned out of the article (inherited) */
};

struct block_info {
	size_t chars, links, commas, words, stops;
	bool keep;
};

struct tk_extractor {
	struct tk_exlang lang;  /* stop-word sets */
	struct node_info *nodes;
	size_t capnodes;
	struct block_info *blocks;
	size_t capblocks;
	struct tk_pagemeta meta;
	ptrdiff_t title_block;   /* the heading that states the title, or -1 */
	struct tk_buf tmp;
	struct tk_buf body;      /* JSON-LD articleBody, as HTML */
	struct tk_hblocks alt;   /* its blocks, when it replaces ours */
};

/* Does h[0..hn) hold n[0..nn) (nn > 0)? */
static inline bool tk_ex_contains(const char *h, size_t hn, const char *n, size_t nn)
{
	if (nn == 0 || nn > hn)
		return false;
	for (size_t i = 0; i + nn <= hn; i++)
		if (h[i] == n[0] && memcmp(h + i, n, nn) == 0)
			return true;
	return false;
}

/* Does h[0..hn) hold any of pats (NULL-ended)? */
static inline bool tk_ex_has_any(const char *h, size_t hn,
                                 const char *const *pats)
{
	for (; *pats; pats++)
		if (tk_ex_contains(h, hn, *pats, strlen(*pats)))
			return true;
	return false;
}

/* After the choice: drop headings that head nothing or open the
 * comments or related links (and what follows them), repeated blocks
 * and the article's closing tail of short lines (extract_tidy.c). */
void tk_extract_tidy(struct tk_extractor *x, const struct tk_hblocks *d,
                     int lang);

/* Write the blocks of shown marked in keep (all when keep is NULL) to
 * out in the format of o (see tk_extract()); lang is the page's. */
void tk_extract_render(struct tk_extractor *x, const struct tk_hblocks *shown,
                       const struct block_info *keep,
                       const struct tk_extract_opts *o, int lang,
                       struct tk_buf *out);

#endif
