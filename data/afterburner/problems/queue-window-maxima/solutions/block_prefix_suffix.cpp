class Solution {
public:
    vector<int> windowMaxima(vector<int>& nums, int k) {
        // cut into blocks of k: a window is a suffix of one block plus a prefix of the next
        int n = nums.size();
        vector<int> prefix(nums), suffix(nums);
        for (int i = 1; i < n; i++)
            if (i % k) prefix[i] = max(prefix[i], prefix[i - 1]);
        for (int i = n - 2; i >= 0; i--)
            if ((i + 1) % k) suffix[i] = max(suffix[i], suffix[i + 1]);
        vector<int> out(n - k + 1);
        for (int i = 0; i + k <= n; i++) out[i] = max(suffix[i], prefix[i + k - 1]);
        return out;
    }
};
