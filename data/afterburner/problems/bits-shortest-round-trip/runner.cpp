#include <bits/stdc++.h>
using namespace std;

==Code Submission==

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int k;
    if (!(cin >> k)) return 0;
    while (k--) {
        int n;
        cin >> n;
        vector<vector<int>> cost(n, vector<int>(n));
        for (auto& row : cost)
            for (auto& x : row) cin >> x;
        Solution sol;
        cout << sol.cheapestRoundTrip(cost) << '\n';
    }
    return 0;
}
