class Solution {
public:
    int nearestTripleSum(vector<int>& nums, int target) {
        int n = nums.size();
        int best = nums[0] + nums[1] + nums[2];
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                for (int k = j + 1; k < n; k++) {
                    int s = nums[i] + nums[j] + nums[k];
                    int d = abs(s - target), bd = abs(best - target);
                    if (d < bd || (d == bd && s < best)) best = s;
                }
        return best;
    }
};
