// A noisy neighbour for ranking measurements: bursts of memory streaming (0.5-3 s,
// 256 MB copied over and over) separated by idle spells (0.5-3 s), timed from a fixed
// seed, so that two measurements face the same kind of noise.
//
//   gcc -O2 -o /tmp/noisy-neighbour scripts/noisy-neighbour.c
//   taskset -c 0 /tmp/noisy-neighbour 7 &   # then measure on the other core, e.g.
//   CPUS=1 scripts/fidelity.sh; kill %1
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    srand(argc > 1 ? atoi(argv[1]) : 1);
    size_t n = 256u << 20;
    char *a = malloc(n), *b = malloc(n);
    if (!a || !b) return 1;
    memset(a, 1, n);
    memset(b, 2, n);
    for (;;) {
        double busy = 0.5 + 2.5 * rand() / (double)RAND_MAX;
        double idle = 0.5 + 2.5 * rand() / (double)RAND_MAX;
        double end = now() + busy;
        while (now() < end) {
            memcpy(b, a, n);
            a[rand() % n] ^= 1;
        }
        usleep((useconds_t)(idle * 1e6));
    }
}
