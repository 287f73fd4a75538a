class Solution {
public:
    long long loneValue(vector<long long>& nums) {
        // one pass per bit: a bit count is odd exactly where the lone value has a 1
        unsigned long long result = 0;
        for (int b = 0; b < 64; b++) {
            int ones = 0;
            for (long long x : nums) ones += ((unsigned long long) x >> b) & 1;
            if (ones & 1) result |= 1ULL << b;
        }
        return (long long) result;
    }
};
