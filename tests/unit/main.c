/* main.c - runs the Check suites (the list comes from the file names,
 * see the Makefile) and prints "unit: N passed, N failed".
 *
 *   check-lib            every suite
 *   check-lib NAME...    only these suites ("unit-NAME: ..." for one)
 *   check-lib --list     the suite names, one per line
 *
 * scripts/run-tests runs the suites one by one, several at a time. */
#include "unit.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const names[] = {
#define SUITE(name) #name,
#include "suites.h"
#undef SUITE
};
static Suite *(*const makers[])(void) = {
#define SUITE(name) name##_suite,
#include "suites.h"
#undef SUITE
};
enum { NSUITES = sizeof names / sizeof names[0] };

int main(int argc, char **argv)
{
	if (argc == 2 && strcmp(argv[1], "--list") == 0) {
		for (size_t i = 0; i < NSUITES; i++)
			printf("%s\n", names[i]);
		return fflush(stdout) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
	}
	bool want[NSUITES];
	for (size_t k = 0; k < NSUITES; k++)
		want[k] = argc < 2;
	for (int i = 1; i < argc; i++) {
		size_t k = 0;
		while (k < NSUITES && strcmp(argv[i], names[k]) != 0)
			k++;
		if (k == NSUITES) {
			fprintf(stderr, "check-lib: no suite '%s' (--list lists them)\n", argv[i]);
			return EXIT_FAILURE;
		}
		want[k] = true;
	}
	SRunner *sr = srunner_create(NULL);
	for (size_t i = 0; i < NSUITES; i++)
		if (want[i])
			srunner_add_suite(sr, makers[i]());
	srunner_run_all(sr, CK_NORMAL);
	int run = srunner_ntests_run(sr);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	if (argc == 2)
		printf("unit-%s: %d passed, %d failed\n", argv[1], run - failed, failed);
	else
		printf("unit: %d passed, %d failed\n", run - failed, failed);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
