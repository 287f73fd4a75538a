class Solution {
public:
    int longestRising(vector<int>& nums) {
        vector<int> tails;  // tails[k]: smallest last value of a rising run of length k+1
        for (int x : nums) {
            auto it = lower_bound(tails.begin(), tails.end(), x);
            if (it == tails.end()) tails.push_back(x);
            else *it = x;
        }
        return tails.size();
    }
};
