/* Runs a program and writes its peak resident memory (ru_maxrss, in KB) and
 * its CPU time (user and system, in seconds) to a file, for `make bench`:
 *
 *   rusage OUT PROGRAM [ARG...]
 *
 * Why a program of its own: Linux carries ru_maxrss across execve (the
 * largest of the old and the new image's), and Python's posix_spawn starts
 * the child in the parent's memory, so a program started straight from the
 * bench reports at least the bench's own 15-20 MB. Started from here, by
 * fork from a process of about 1 MB, it reports its own peak. The exit
 * status is the program's.
 *
 *   gcc -O2 -o rusage rusage.c
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: rusage OUT PROGRAM [ARG...]\n");
        return 64;
    }
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        return 71;
    }
    if (pid == 0) {
        execv(argv[2], argv + 2);
        perror(argv[2]);
        _exit(127);
    }
    int status;
    struct rusage usage;
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR) {
            perror("wait4");
            return 71;
        }
    }
    FILE *out = fopen(argv[1], "w");
    if (out == NULL) {
        perror(argv[1]);
        return 73;
    }
    fprintf(out, "%ld %ld.%06ld %ld.%06ld\n", usage.ru_maxrss,
            (long)usage.ru_utime.tv_sec, (long)usage.ru_utime.tv_usec,
            (long)usage.ru_stime.tv_sec, (long)usage.ru_stime.tv_usec);
    fclose(out);
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    return 128 + WTERMSIG(status);
}
