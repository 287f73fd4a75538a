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
        vector<int> w(n);
        for (auto& x : w) cin >> x;
        Solution sol;
        cout << sol.mergeCost(w) << '\n';
    }
    return 0;
}
