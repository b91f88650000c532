/* replay.c - run a fuzz target over files without libFuzzer.
 *
 * Usage: fuzz_<target> FILE|DIR...  Every regular file (directories are
 * read one level deep) is passed once to LLVMFuzzerTestOneInput, in a
 * child process of its own, so that one broken invariant (an abort) or
 * sanitizer report does not hide the others: each failing file is named
 * on stderr, and the exit status is 1 if any failed.  Prints "N inputs,
 * N failed" to stdout.  Like utf8proc's fuzz_main.c,
 * this lets make check replay the seed corpora and the regression
 * inputs under the normal and sanitizer builds. */
#include "fuzz.h"

#include <dirent.h>
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static unsigned long ninputs, nfailed;

static int run_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
		return 1;
	}
	size_t cap = 4096, len = 0;
	uint8_t *buf = malloc(cap);
	if (!buf) {
		fprintf(stderr, "replay: out of memory\n");
		exit(1);
	}
	size_t r;
	while ((r = fread(buf + len, 1, cap - len, f)) > 0) {
		len += r;
		if (len == cap) {
			uint8_t *nb = realloc(buf, cap *= 2);
			if (!nb) {
				fprintf(stderr, "replay: out of memory\n");
				exit(1);
			}
			buf = nb;
		}
	}
	int err = ferror(f);
	fclose(f);
	if (err) {
		fprintf(stderr, "replay: %s: read error\n", path);
		free(buf);
		return 1;
	}
	/* An exact-size copy, so that ASan sees reads past the end. */
	uint8_t *exact = malloc(len ? len : 1);
	if (!exact) {
		fprintf(stderr, "replay: out of memory\n");
		exit(1);
	}
	memcpy(exact, buf, len);
	free(buf);
	fflush(NULL);
	pid_t pid = fork();
	if (pid == 0) {
		LLVMFuzzerTestOneInput(exact, len);
		_exit(0);
	}
	free(exact);
	ninputs++;
	int st = 0;
	if (pid < 0 || waitpid(pid, &st, 0) < 0 || !WIFEXITED(st) ||
	    WEXITSTATUS(st) != 0) {
		fprintf(stderr, "replay: %s: FAILED (%s %d)\n", path,
		        pid > 0 && WIFSIGNALED(st) ? "signal" : "status",
		        pid > 0 && WIFSIGNALED(st) ? WTERMSIG(st) : WEXITSTATUS(st));
		nfailed++;
		return 1;
	}
	return 0;
}

static int run_path(const char *path)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
		return 1;
	}
	if (!S_ISDIR(st.st_mode))
		return run_file(path);
	DIR *d = opendir(path);
	if (!d) {
		fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
		return 1;
	}
	int status = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		size_t n = strlen(path) + strlen(e->d_name) + 2;
		char *p = malloc(n);
		if (!p) {
			fprintf(stderr, "replay: out of memory\n");
			exit(1);
		}
		snprintf(p, n, "%s/%s", path, e->d_name);
		struct stat es;
		if (stat(p, &es) == 0 && S_ISREG(es.st_mode))
			status |= run_file(p);
		free(p);
	}
	closedir(d);
	return status;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: %s FILE|DIR...\n", argv[0]);
		return 2;
	}
	int status = 0;
	for (int i = 1; i < argc; i++)
		status |= run_path(argv[i]);
	printf("%lu inputs, %lu failed\n", ninputs, nfailed);
	return status;
}
