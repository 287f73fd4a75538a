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
        vector<vector<int>> intervals(n, vector<int>(2));
        for (int i = 0; i < n; i++) {
            intervals[i][0] = readInt();
            intervals[i][1] = readInt();
        }
        vector<vector<int>> merged = solution.unionIntervals(intervals);
        printf("%d", (int) merged.size());
        for (auto& iv : merged) printf(" %d %d", iv[0], iv[1]);
        putchar('\n');
    }
    return 0;
}
