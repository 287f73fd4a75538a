class Solution {
public:
    long long loneValue(vector<long long>& nums) {
        long long acc = 0;
        for (long long x : nums) acc ^= x;
        return acc;
    }
};
