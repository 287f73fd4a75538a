class Solution {
public:
    int firstSingle(vector<long long>& nums) {
        unordered_map<long long, int> counts;
        counts.reserve(nums.size() * 2);
        for (long long x : nums) counts[x]++;
        for (size_t i = 0; i < nums.size(); i++)
            if (counts[nums[i]] == 1) return (int) i;
        return -1;
    }
};
