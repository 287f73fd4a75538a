class Solution {
public:
    int nearestTripleSum(vector<int>& nums, int target) {
        vector<int> a(nums);
        sort(a.begin(), a.end());
        int n = a.size();
        int best = a[0] + a[1] + a[2];
        for (int i = 0; i + 2 < n; i++) {
            int lo = i + 1, hi = n - 1;
            while (lo < hi) {
                int s = a[i] + a[lo] + a[hi];
                int d = abs(s - target), bd = abs(best - target);
                if (d < bd || (d == bd && s < best)) best = s;
                if (s < target) lo++;
                else if (s > target) hi--;
                else return s;
            }
        }
        return best;
    }
};
