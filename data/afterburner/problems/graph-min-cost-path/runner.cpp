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
        vector<vector<int>> arcs(m, vector<int>(3));
        for (int i = 0; i < m; i++) cin >> arcs[i][0] >> arcs[i][1] >> arcs[i][2];
        cout << solution.minCost(n, arcs) << '\n';
    }
    return 0;
}
