class Solution {
public:
    int nearestTripleSum(vector<int>& nums, int target) {
        vector<int> a(nums);
        sort(a.begin(), a.end());
        int n = a.size();
        // for each distinct anchor keep the nearest sum below and above the target
        unordered_set<int> candidates;
        for (int i = 0; i + 2 < n; i++) {
            if (i > 0 && a[i] == a[i - 1]) continue;
            int lo = i + 1, hi = n - 1;
            bool hasUnder = false, hasOver = false;
            int under = 0, over = 0;
            while (lo < hi) {
                int s = a[i] + a[lo] + a[hi];
                if (s == target) return s;
                if (s < target) {
                    if (!hasUnder || s > under) { under = s; hasUnder = true; }
                    lo++;
                } else {
                    if (!hasOver || s < over) { over = s; hasOver = true; }
                    hi--;
                }
            }
            if (hasUnder) candidates.insert(under);
            if (hasOver) candidates.insert(over);
        }
        int best = 0;
        bool first = true;
        for (int s : candidates) {
            int d = abs(s - target), bd = abs(best - target);
            if (first || d < bd || (d == bd && s < best)) { best = s; first = false; }
        }
        return best;
    }
};
