class Solution {
public:
    long long loneValue(vector<long long>& nums) {
        long long result = 0;
        for (int b = 0; b < 31; b++) {
            int ones = 0;
            for (long long x : nums) ones += (x >> b) & 1;
            if (ones % 2 == 1) result |= 1LL << b;
        }
        return result;
    }
};
