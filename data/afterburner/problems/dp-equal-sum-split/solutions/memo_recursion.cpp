class Solution {
    vector<int> a;
    vector<vector<signed char>> memo;  // -1 unknown, 0 no, 1 yes
    bool can(int i, int need) {
        if (need == 0) return true;
        if (i == (int) a.size() || need < 0) return false;
        signed char& slot = memo[i][need];
        if (slot >= 0) return slot;
        slot = can(i + 1, need - a[i]) || can(i + 1, need);
        return slot;
    }
public:
    bool canSplitEvenly(vector<int>& nums) {
        int total = accumulate(nums.begin(), nums.end(), 0);
        if (total % 2) return false;
        a = nums;
        memo.assign(a.size(), vector<signed char>(total / 2 + 1, -1));
        return can(0, total / 2);
    }
};
