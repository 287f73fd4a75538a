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
        int m = readInt();
        vector<vector<int>> edges(m, vector<int>(2));
        for (int i = 0; i < m; i++) {
            edges[i][0] = readInt();
            edges[i][1] = readInt();
        }
        printf("%d\n", solution.countBridges(n, edges));
    }
    return 0;
}
