#include <bits/stdc++.h>
using namespace std;

==Code Submission==

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int k;
    if (!(cin >> k)) return 0;
    while (k--) {
        int n, m;
        cin >> n >> m;
        vector<int> nums(n);
        for (auto& x : nums) cin >> x;
        Solution sol;
        cout << sol.lightestCut(nums, m) << '\n';
    }
    return 0;
}
