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
    string line;
    for (int c = 0; c < k; c++) {
        int n = (int) readLong();
        int q = (int) readLong();
        vector<long long> nums(n);
        for (int i = 0; i < n; i++) nums[i] = readLong();
        vector<vector<int>> queries(q, vector<int>(2));
        for (int i = 0; i < q; i++) {
            queries[i][0] = (int) readLong();
            queries[i][1] = (int) readLong();
        }
        vector<long long> ans = solution.rangeSums(nums, queries);
        line.clear();
        for (size_t i = 0; i < ans.size(); i++) {
            if (i) line.push_back(' ');
            line += to_string(ans[i]);
        }
        line.push_back('\n');
        fputs(line.c_str(), stdout);
    }
    return 0;
}
