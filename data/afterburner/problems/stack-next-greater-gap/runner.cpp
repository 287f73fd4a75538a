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
        vector<int> nums(n);
        for (auto& x : nums) cin >> x;
        Solution sol;
        vector<int> r = sol.nextGreaterGap(nums);
        for (size_t i = 0; i < r.size(); ++i) {
            if (i) cout << ' ';
            cout << r[i];
        }
        cout << '\n';
    }
    return 0;
}
