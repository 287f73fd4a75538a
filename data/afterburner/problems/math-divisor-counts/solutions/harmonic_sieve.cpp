class Solution {
public:
    vector<int> divisorTally(vector<int>& nums) {
        int top = *max_element(nums.begin(), nums.end());
        // every d adds one to each of its multiples
        vector<int> count(top + 1, 0);
        for (int d = 1; d <= top; d++)
            for (int m = d; m <= top; m += d) count[m]++;
        vector<int> res;
        res.reserve(nums.size());
        for (int x : nums) res.push_back(count[x]);
        return res;
    }
};
