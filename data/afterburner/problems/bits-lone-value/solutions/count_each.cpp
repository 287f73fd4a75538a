class Solution {
public:
    long long loneValue(vector<long long>& nums) {
        for (long long x : nums) {
            int count = 0;
            for (long long y : nums) count += (y == x);
            if (count == 1) return x;
        }
        return 0;
    }
};
