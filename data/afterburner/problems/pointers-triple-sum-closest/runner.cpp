#include <bits/stdc++.h>
using namespace std;

==Code Submission==

static int readInt() {
    int c = getchar();
    while (c != '-' && (c < '0' || c > '9')) c = getchar();
    bool neg = false;
    if (c == '-') { neg = true; c = getchar(); }
    int v = 0;
    while (c >= '0' && c <= '9') { v = v * 10 + (c - '0'); c = getchar(); }
    return neg ? -v : v;
}

int main() {
    int k = readInt();
    Solution solution;
    for (int c = 0; c < k; c++) {
        int n = readInt();
        int target = readInt();
        vector<int> nums(n);
        for (int i = 0; i < n; i++) nums[i] = readInt();
        printf("%d\n", solution.nearestTripleSum(nums, target));
    }
    return 0;
}
