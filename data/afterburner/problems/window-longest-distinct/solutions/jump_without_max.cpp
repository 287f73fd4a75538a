class Solution {
public:
    int longestClean(vector<long long>& nums) {
        unordered_map<long long, int> last;
        int left = 0, best = 0;
        for (int right = 0; right < (int) nums.size(); right++) {
            auto it = last.find(nums[right]);
            if (it != last.end()) left = it->second + 1;
            last[nums[right]] = right;
            best = max(best, right - left + 1);
        }
        return best;
    }
};
