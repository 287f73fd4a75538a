class Solution {
public:
    int largestPairXor(vector<int>& nums) {
        // pair the largest entry with every other one
        int top = max_element(nums.begin(), nums.end()) - nums.begin();
        int best = 0;
        for (int i = 0; i < (int)nums.size(); i++) {
            if (i != top) best = max(best, nums[top] ^ nums[i]);
        }
        return best;
    }
};
