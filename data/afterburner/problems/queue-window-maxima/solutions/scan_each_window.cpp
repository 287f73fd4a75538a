class Solution {
public:
    vector<int> windowMaxima(vector<int>& nums, int k) {
        vector<int> out;
        for (int s = 0; s + k <= (int)nums.size(); s++) {
            int best = nums[s];
            for (int j = s + 1; j < s + k; j++)
                if (nums[j] > best) best = nums[j];
            out.push_back(best);
        }
        return out;
    }
};
