class Solution {
public:
    long long countPairs(vector<long long>& nums, long long target) {
        // ordered map of counts seen so far: O(n log n) with pointer-chasing lookups
        map<long long, long long> seen;
        long long total = 0;
        for (long long x : nums) {
            auto it = seen.find(target - x);
            if (it != seen.end()) total += it->second;
            seen[x]++;
        }
        return total;
    }
};
