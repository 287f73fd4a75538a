class Solution {
    bool search(const vector<int>& a, size_t i, int left, int total) {
        if (i == a.size()) return left * 2 == total;
        return search(a, i + 1, left + a[i], total) || search(a, i + 1, left, total);
    }
public:
    bool canSplitEvenly(vector<int>& nums) {
        int total = accumulate(nums.begin(), nums.end(), 0);
        if (total % 2) return false;
        return search(nums, 0, 0, total);
    }
};
