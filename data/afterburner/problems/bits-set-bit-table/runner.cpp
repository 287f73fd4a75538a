#include <bits/stdc++.h>
using namespace std;

==Code Submission==

int main() {
    int k;
    if (scanf("%d", &k) != 1) return 0;
    Solution solution;
    string line;
    for (int c = 0; c < k; c++) {
        int n;
        scanf("%d", &n);
        vector<int> res = solution.oneBitCounts(n);
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
