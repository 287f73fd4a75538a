class Solution {
public:
    bool canSplitEvenly(vector<int>& nums) {
        int total = accumulate(nums.begin(), nums.end(), 0);
        if (total % 2) return false;
        bitset<20001> bits;  // bit s: some subset sums to s
        bits[0] = 1;
        for (int x : nums) bits |= bits << x;
        return bits[total / 2];
    }
};
