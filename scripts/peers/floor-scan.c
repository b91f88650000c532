/* floor-scan.c - benchmark floor: how fast can one core look at the text.
 *
 * Usage: floor-scan memchr|class  < FILE
 *
 * Not a peer but the machine's floor under the tokenizer, in the same
 * benchmark run:
 *   memchr  counts the lines with memchr(3) over big read(2) blocks: the
 *           C library's vector loop, about the cost of touching the bytes;
 *   class   counts the words with a byte-class table loop, one byte at a
 *           time (class = table[byte]; a word starts where a letter or
 *           digit follows anything else): the least a scalar tokenizer
 *           must do for each byte.
 * Prints the count, so the compiler cannot drop the loop. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { BLOCK = 1 << 18 };

static ssize_t fill(char *buf)
{
	ssize_t r = read(0, buf, BLOCK);
	if (r < 0) {
		perror("floor-scan: read");
		exit(1);
	}
	return r;
}

int main(int argc, char **argv)
{
	if (argc != 2 || (strcmp(argv[1], "memchr") && strcmp(argv[1], "class"))) {
		fputs("usage: floor-scan memchr|class < FILE\n", stderr);
		return 2;
	}
	char *buf = malloc(BLOCK);
	if (!buf) {
		fputs("floor-scan: out of memory\n", stderr);
		return 1;
	}
	uint64_t n = 0;
	ssize_t r;
	if (argv[1][0] == 'm') {
		while ((r = fill(buf)) > 0) {
			const char *p = buf, *end = buf + r;
			while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
				n++;
				p++;
			}
		}
	} else {
		/* 1: letter or digit (any byte of a non-ASCII character counts
		 * as a letter), 0: anything else */
		static unsigned char cls[256];
		for (int c = 0; c < 256; c++)
			cls[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			         (c >= '0' && c <= '9') || c >= 0x80;
		unsigned prev = 0; /* carried over block ends */
		while ((r = fill(buf)) > 0) {
			const unsigned char *p = (const unsigned char *)buf;
			for (ssize_t i = 0; i < r; i++) {
				unsigned k = cls[p[i]];
				n += k & ~prev;
				prev = k;
			}
		}
	}
	printf("%llu\n", (unsigned long long)n);
	return fflush(stdout) != 0;
}
