#include <bits/stdc++.h>
using namespace std;

==Code Submission==

int main() {
    int k;
    if (scanf("%d", &k) != 1) return 0;
    Solution solution;
    for (int c = 0; c < k; c++) {
        int n;
        if (scanf("%d", &n) != 1) return 0;
        vector<int> nums(n);
        for (int i = 0; i < n; i++) if (scanf("%d", &nums[i]) != 1) return 0;
        printf("%d\n", solution.longestRising(nums));
    }
    return 0;
}
