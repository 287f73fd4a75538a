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
    int cases = readInt();
    Solution solution;
    string line;
    for (int c = 0; c < cases; c++) {
        int n = readInt();
        int q = readInt();
        vector<int> nums(n), queries(q);
        for (int i = 0; i < n; i++) nums[i] = readInt();
        for (int i = 0; i < q; i++) queries[i] = readInt();
        vector<int> res = solution.locate(nums, queries);
        line.clear();
        for (size_t i = 0; i < res.size(); i++) {
            if (i) line.push_back(' ');
            line += to_string(res[i]);
        }
        line.push_back('\n');
        fwrite(line.data(), 1, line.size(), stdout);
    }
    return 0;
}
