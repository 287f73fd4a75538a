class Solution {
public:
    int longestClean(vector<long long>& nums) {
        // binary search on the answer; each check slides a window of that length over value ids
        int n = (int) nums.size();
        vector<long long> values(nums);
        sort(values.begin(), values.end());
        values.erase(unique(values.begin(), values.end()), values.end());
        vector<int> ids(n);
        for (int i = 0; i < n; i++)
            ids[i] = (int) (lower_bound(values.begin(), values.end(), nums[i]) - values.begin());
        vector<int> counts(values.size());
        auto exists = [&](int length) {
            fill(counts.begin(), counts.end(), 0);
            int duplicates = 0;
            for (int i = 0; i < n; i++) {
                if (++counts[ids[i]] == 2) duplicates++;
                if (i >= length && --counts[ids[i - length]] == 1) duplicates--;
                if (i >= length - 1 && duplicates == 0) return true;
            }
            return false;
        };
        int lo = 1, hi = (int) values.size();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (exists(mid)) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }
};
