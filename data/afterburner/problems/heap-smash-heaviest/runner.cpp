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
        vector<int> weights(n);
        for (int i = 0; i < n; ++i) cin >> weights[i];
        Solution sol;
        cout << sol.lastRemaining(weights) << '\n';
    }
    return 0;
}
