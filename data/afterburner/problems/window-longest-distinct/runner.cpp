#include <bits/stdc++.h>
using namespace std;

==Code Submission==

static long long readLong() {
    int c = getchar();
    while (c != '-' && (c < '0' || c > '9')) c = getchar();
    bool neg = false;
    if (c == '-') { neg = true; c = getchar(); }
    long long v = 0;
    while (c >= '0' && c <= '9') { v = v * 10 + (c - '0'); c = getchar(); }
    return neg ? -v : v;
}

int main() {
    int k = (int) readLong();
    Solution solution;
    for (int c = 0; c < k; c++) {
        int n = (int) readLong();
        vector<long long> nums(n);
        for (int i = 0; i < n; i++) nums[i] = readLong();
        printf("%lld\n", (long long) solution.longestClean(nums));
    }
    return 0;
}
