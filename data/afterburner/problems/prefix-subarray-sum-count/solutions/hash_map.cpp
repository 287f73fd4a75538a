class Solution {
public:
    long long countExactSum(vector<long long>& nums, long long k) {
        unordered_map<long long, long long> seen;
        seen.reserve(nums.size() * 2 + 2);
        seen[0] = 1;
        long long prefix = 0, total = 0;
        for (long long x : nums) {
            prefix += x;
            auto it = seen.find(prefix - k);
            if (it != seen.end()) total += it->second;
            seen[prefix]++;
        }
        return total;
    }
};
