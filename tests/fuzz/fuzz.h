/* fuzz.h - what every fuzz target shares: the libFuzzer entry point and
 * a check that aborts (so libFuzzer and replay both see the failure).
 *
 * A target is tests/fuzz/fuzz_<name>.c defining LLVMFuzzerTestOneInput.
 * It is built twice: with clang -fsanitize=fuzzer by scripts/fuzz, and
 * linked with replay.c (a plain main that runs corpus files) by the
 * Makefile, so that make check replays the seed corpora under the
 * normal and the ASan+UBSan builds. */
#ifndef TK_FUZZ_H
#define TK_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* An invariant: on failure print where and abort. */
#define FUZZ_CHECK(cond)                                                   \
	do {                                                               \
		if (!(cond)) {                                             \
			fprintf(stderr, "%s:%d: invariant failed: %s\n",   \
			        __FILE__, __LINE__, #cond);                \
			abort();                                           \
		}                                                          \
	} while (0)

#endif
