/* parallel.h - feed decoded input to N worker threads in blocks of whole
 * lines: the -j/--jobs engine of the counting tools.
 *
 * The calling thread reads and decodes (lib/input, so encodings, BOMs and
 * --invalid behave exactly as with one job) and hands out blocks of about
 * TK_PARALLEL_BLOCK bytes; each worker calls fn(state[i], block, len) on
 * the blocks it takes, with its own state, so a worker needs no locks.
 * A block holds whole records, each ended by the terminator except maybe
 * the last.  Blocks arrive in no particular order: use this only for
 * order-independent work such as counting, and merge the states at the
 * end.
 *
 * Lines longer than the input's record limit arrive cut (struct
 * tk_record.more).  With a cut function (e.g. tk_token_cut) a cut line
 * is split where cut() says no token can straddle, the rest carried to
 * the next block; without one, the pieces of a line are joined into one
 * block (whole-line keys need the whole line anyway).
 *
 * jobs == 1 runs everything in the calling thread, no threads at all.
 * Memory: at most 2 * jobs + 3 blocks in flight (queued, in work, being
 * filled). */
#ifndef TK_PARALLEL_H
#define TK_PARALLEL_H

#include "base/common.h"
#include "input.h"

#define TK_PARALLEL_BLOCK (1u << 20)

/* A block of whole lines (the last may be a piece of a line cut short);
 * end: the text, an operand, ends with it. */
typedef void (*tk_block_fn)(void *state, const char *p, size_t n, bool end);
typedef size_t (*tk_cut_fn)(const char *s, size_t n);

/* Process all of in; states[0..jobs).  TK_OK, or TK_EIO when a thread
 * could not be started (then fewer threads did all the work: still
 * complete, so callers may ignore it). */
int tk_parallel_run(struct tk_input *in, char term, int jobs, void **states,
                    tk_block_fn fn, tk_cut_fn cut);

/* One line, without its terminator; para_end: a blank line or the end
 * of the text follows it (tk_tokenizer_para_end(); exact for the lines
 * tk_token_lone_period() holds for: a block ends with one only where
 * the text ends or the next line is known not to be blank). */
typedef void (*tk_line_fn)(void *ctx, const char *line, size_t len,
                           bool para_end);

/* For a tk_block_fn: call fn on each record of the block p[0..n)
 * (the last may have no terminator); end as the block fn got it. */
void tk_parallel_lines(const char *p, size_t n, char term, bool end,
                       tk_line_fn fn, void *ctx);

/* The default for -j: online CPUs when every operand is a regular file
 * and together they hold more than min_bytes; else 1 (pipes, small
 * input). */
int tk_parallel_default_jobs(char **files, int nfiles, uint64_t min_bytes);

#endif
