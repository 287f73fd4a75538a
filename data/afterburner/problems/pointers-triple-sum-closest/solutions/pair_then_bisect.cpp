class Solution {
public:
    int nearestTripleSum(vector<int>& nums, int target) {
        vector<int> a(nums);
        sort(a.begin(), a.end());
        int n = a.size();
        int best = a[0] + a[1] + a[2];
        int bestGap = abs(best - target);
        for (int i = 0; i + 2 < n; i++) {
            for (int j = i + 1; j + 1 < n; j++) {
                int base = a[i] + a[j];
                int k = lower_bound(a.begin() + j + 1, a.end(), target - base) - a.begin();
                for (int idx = k - 1; idx <= k; idx++) {
                    if (idx <= j || idx >= n) continue;
                    int s = base + a[idx], gap = abs(s - target);
                    if (gap < bestGap || (gap == bestGap && s < best)) { best = s; bestGap = gap; }
                }
            }
        }
        return best;
    }
};
