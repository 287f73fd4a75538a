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
        vector<vector<int>> rules(m, vector<int>(2));
        for (int i = 0; i < m; i++) cin >> rules[i][0] >> rules[i][1];
        vector<int> order = solution.smallestOrder(n, rules);
        if (order.empty()) cout << -1;
        for (size_t i = 0; i < order.size(); i++) cout << (i ? " " : "") << order[i];
        cout << '\n';
    }
    return 0;
}
