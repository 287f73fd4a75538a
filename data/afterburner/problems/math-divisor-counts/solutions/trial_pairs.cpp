class Solution {
public:
    vector<int> divisorTally(vector<int>& nums) {
        vector<int> res;
        res.reserve(nums.size());
        for (int x : nums) {
            int c = 0;
            for (int i = 1; i * i <= x; i++)
                if (x % i == 0) c += (i * i == x) ? 1 : 2;
            res.push_back(c);
        }
        return res;
    }
};
