class Solution {
public:
    int longestClean(vector<long long>& nums) {
        unordered_set<long long> window;
        size_t left = 0, best = 0;
        for (long long x : nums) {
            while (window.count(x)) window.erase(nums[left++]);
            window.insert(x);
            best = max(best, window.size());
        }
        return (int) best;
    }
};
