class Solution {
public:
    int firstSingle(vector<long long>& nums) {
        int n = (int) nums.size();
        vector<int> order(n);
        iota(order.begin(), order.end(), 0);
        sort(order.begin(), order.end(), [&](int a, int b) { return nums[a] < nums[b]; });
        for (int k = 0; k < n;) {
            int j = k;
            while (j + 1 < n && nums[order[j + 1]] == nums[order[k]]) j++;
            if (j == k) return order[k];
            k = j + 1;
        }
        return -1;
    }
};
