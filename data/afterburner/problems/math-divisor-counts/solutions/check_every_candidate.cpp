class Solution {
public:
    vector<int> divisorTally(vector<int>& nums) {
        vector<int> res;
        res.reserve(nums.size());
        for (int x : nums) {
            int c = 0;
            for (int d = 1; d <= x; d++)
                if (x % d == 0) c++;
            res.push_back(c);
        }
        return res;
    }
};
