class Solution {
public:
    vector<int> windowMaxima(vector<int>& nums, int k) {
        // indices whose values decrease from front to back
        int n = nums.size();
        vector<int> dq(n);
        int head = 0, tail = 0;
        vector<int> out;
        out.reserve(n - k + 1);
        for (int i = 0; i < n; i++) {
            while (tail > head && nums[dq[tail - 1]] <= nums[i]) tail--;
            dq[tail++] = i;
            if (dq[head] <= i - k) head++;
            if (i >= k - 1) out.push_back(nums[dq[head]]);
        }
        return out;
    }
};
