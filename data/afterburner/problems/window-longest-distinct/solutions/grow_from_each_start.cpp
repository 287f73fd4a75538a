class Solution {
public:
    int longestClean(vector<long long>& nums) {
        int n = (int) nums.size(), best = 0;
        for (int start = 0; start < n; start++) {
            unordered_set<long long> seen;
            int end = start;
            while (end < n && seen.insert(nums[end]).second) end++;
            best = max(best, end - start);
        }
        return best;
    }
};
