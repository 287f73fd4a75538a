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
        int q = readInt();
        vector<vector<int>> edges(m, vector<int>(3));
        for (int i = 0; i < m; i++)
            for (int j = 0; j < 3; j++) edges[i][j] = readInt();
        vector<vector<int>> queries(q, vector<int>(3));
        for (int i = 0; i < q; i++)
            for (int j = 0; j < 3; j++) queries[i][j] = readInt();
        string answer = solution.reachableUnder(n, edges, queries);
        fputs(answer.c_str(), stdout);
        putchar('\n');
    }
    return 0;
}
