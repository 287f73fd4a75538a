class Solution {
public:
    int firstSingle(vector<long long>& nums) {
        int n = (int) nums.size();
        for (int i = 0; i < n; i++) {
            int occurrences = 0;
            for (int j = 0; j < n; j++) occurrences += (nums[j] == nums[i]);
            if (occurrences == 1) return i;
        }
        return -1;
    }
};
