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
        int n, c;
        cin >> n >> c;
        vector<int> nums(n);
        for (int i = 0; i < n; i++) cin >> nums[i];
        cout << solution.countHeavyPairs(nums, c) << '\n';
    }
    return 0;
}
