/* msort.h - the merge sort of small arrays (a document's table, its
 * units and n-grams: hundreds of items, not millions), for any item
 * type and comparison, by TK_MERGE_SORT.
 *
 * TK_MERGE_SORT(name, T, C, less) defines
 *     static void name(C ctx, T *v, T *tmp, size_t n)
 * which sorts v[0..n) stably by less(ctx, &a, &b) ("a before b"), with
 * tmp[0..n/2) for the left halves: insertion below 12 items, and a
 * merge that picks each item without a branch on the comparison, which
 * the data decide (its mispredictions were a third of the sort's time:
 * perf, --by-doc's small tables). */
#ifndef TK_MSORT_H
#define TK_MSORT_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#define TK_MERGE_SORT(name, T, C, less)                                    \
	static void name(C ctx, T *v, T *tmp, size_t n)                    \
	{                                                                  \
		if (n <= 12) {                                             \
			for (size_t i = 1; i < n; i++) {                   \
				T x = v[i];                                \
				size_t j = i;                              \
				while (j > 0 && less(ctx, &x, &v[j - 1])) { \
					v[j] = v[j - 1];                   \
					j--;                               \
				}                                          \
				v[j] = x;                                  \
			}                                                  \
			return;                                            \
		}                                                          \
		size_t h = n / 2, i = 0, j = h, k = 0;                     \
		name(ctx, v, tmp, h);                                      \
		name(ctx, v + h, tmp, n - h);                              \
		if (!less(ctx, &v[h], &v[h - 1]))                          \
			return; /* already in order */                     \
		memcpy(tmp, v, h * sizeof *v);                             \
		while (i < h && j < n) {                                   \
			bool right = less(ctx, &v[j], &tmp[i]);            \
			const T *x = right ? &v[j] : &tmp[i];              \
			v[k++] = *x;                                       \
			j += right;                                        \
			i += !right;                                       \
		}                                                          \
		while (i < h)                                              \
			v[k++] = tmp[i++];                                 \
	}

#endif
