#include <bits/stdc++.h>
using namespace std;

==Code Submission==

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int k;
    cin >> k;
    Solution solution;
    for (int t = 0; t < k; t++) {
        int n, m;
        cin >> n >> m;
        vector<vector<int>> arcs(m, vector<int>(2));
        for (int i = 0; i < m; i++) cin >> arcs[i][0] >> arcs[i][1];
        vector<int> ans = solution.strongSummary(n, arcs);
        for (size_t i = 0; i < ans.size(); i++) cout << (i ? " " : "") << ans[i];
        cout << '\n';
    }
    return 0;
}
