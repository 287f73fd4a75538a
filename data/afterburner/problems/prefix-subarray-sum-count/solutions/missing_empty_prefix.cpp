class Solution {
public:
    long long countExactSum(vector<long long>& nums, long long k) {
        unordered_map<long long, long long> seen;
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
