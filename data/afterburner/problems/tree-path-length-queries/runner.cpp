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
        int q = readInt();
        vector<vector<int>> edges(n - 1, vector<int>(2)), queries(q, vector<int>(2));
        for (int i = 0; i + 1 < n; i++) {
            edges[i][0] = readInt();
            edges[i][1] = readInt();
        }
        for (int i = 0; i < q; i++) {
            queries[i][0] = readInt();
            queries[i][1] = readInt();
        }
        vector<int> res = solution.pathLengths(n, edges, queries);
        string line;
        for (size_t i = 0; i < res.size(); i++) {
            if (i) line += ' ';
            line += to_string(res[i]);
        }
        puts(line.c_str());
    }
    return 0;
}
