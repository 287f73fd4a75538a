class Solution {
public:
    int longestClean(vector<long long>& nums) {
        // rank values by sorting, then keep last positions in a plain array
        vector<long long> values(nums);
        sort(values.begin(), values.end());
        values.erase(unique(values.begin(), values.end()), values.end());
        vector<int> last(values.size(), -1);
        int start = 0, best = 0;
        for (int i = 0; i < (int) nums.size(); i++) {
            int r = (int) (lower_bound(values.begin(), values.end(), nums[i]) - values.begin());
            if (last[r] >= start) start = last[r] + 1;
            last[r] = i;
            best = max(best, i - start + 1);
        }
        return best;
    }
};
