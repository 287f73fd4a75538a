// Sums 1..10^8 with a data dependency the optimiser cannot fold away.
#include <cstdio>
#include <vector>

int main() {
    std::vector<unsigned> v(1 << 20);
    for (unsigned i = 0; i < v.size(); ++i) v[i] = i * 2654435761u;
    unsigned long long s = 0;
    for (int round = 0; round < 100; ++round)
        for (unsigned x : v) s += x >> (round & 7);
    std::printf("%llu\n", s);
}
