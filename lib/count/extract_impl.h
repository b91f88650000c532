/* extract_impl.h - the extractor's state, shared by extract.c (choosing
 * the blocks) and extract_render.c (writing them); internal to
 * lib/count/extract*. */
#ifndef TK_EXTRACT_IMPL_H
#define TK_EXTRACT_IMPL_H

#include "extract.h"
#include "extract_lang.h"
#include "text/pagemeta.h"

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
	struct tk_buf tmp;
	struct tk_buf body;      /* JSON-LD articleBody, as HTML */
	struct tk_hblocks alt;   /* its blocks, when it replaces ours */
};

/* Write the blocks of shown marked in keep (all when keep is NULL) to
 * out in the format of o (see tk_extract()); lang is the page's. */
void tk_extract_render(struct tk_extractor *x, const struct tk_hblocks *shown,
                       const struct block_info *keep,
                       const struct tk_extract_opts *o, int lang,
                       struct tk_buf *out);

#endif
