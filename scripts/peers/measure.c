/* measure.c - scripts/bench's runner: run one command, report its cost.
 *
 *     measure RESULT-FILE COMMAND [ARG]...
 *
 * Runs COMMAND (stdin, stdout and stderr inherited), then writes one line
 * "WALL-SECONDS CPU-SECONDS MAX-RSS-KIB STATUS" to RESULT-FILE and exits
 * 0; STATUS is the command's exit status (128+N for signal N).
 * MAX-RSS is the peak resident set of the largest process of the command
 * (getrusage RUSAGE_CHILDREN covers every reaped descendant).
 *
 * Why a C program: Linux carries a parent's peak RSS over exec(), so a
 * command started straight from the Python script would report at least
 * the interpreter's own peak.  This runner is small, so the figure is the
 * command's. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc < 3) {
		fputs("usage: measure RESULT-FILE COMMAND [ARG]...\n", stderr);
		return 2;
	}
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	pid_t pid = fork();
	if (pid < 0) {
		perror("measure: fork");
		return 1;
	}
	if (pid == 0) {
		execvp(argv[2], argv + 2);
		fprintf(stderr, "measure: %s: %s\n", argv[2], strerror(errno));
		_exit(127);
	}
	int st;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR) {
			perror("measure: waitpid");
			return 1;
		}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	struct rusage ru;
	getrusage(RUSAGE_CHILDREN, &ru);
	double wall = (double)(t1.tv_sec - t0.tv_sec) +
	              (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	double cpu = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
	             (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
	int code = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
	FILE *f = fopen(argv[1], "w");
	if (!f) {
		perror(argv[1]);
		return 1;
	}
	fprintf(f, "%.6f %.6f %ld %d\n", wall, cpu, (long)ru.ru_maxrss, code);
	return fclose(f) != 0;
}
