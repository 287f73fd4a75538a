class Solution {
public:
    bool canSplitEvenly(vector<int>& nums) {
        int total = accumulate(nums.begin(), nums.end(), 0);
        if (total % 2) return false;
        int half = total / 2;
        vector<char> reach(half + 1, 0);
        reach[0] = 1;
        for (int x : nums)
            for (int s = half; s >= x; s--)
                if (reach[s - x]) reach[s] = 1;
        return reach[half];
    }
};
