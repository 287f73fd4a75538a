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
        for (int i = 0; i < n; ++i) cin >> nums[i];
        Solution sol;
        vector<int> res = sol.runningMedians(nums);
        string line;
        for (size_t i = 0; i < res.size(); ++i) {
            if (i) line += ' ';
            line += to_string(res[i]);
        }
        cout << line << '\n';
    }
    return 0;
}
