class Solution {
public:
    vector<int> nextGreaterGap(vector<int>& nums) {
        // Max segment tree; for each i descend to the leftmost leaf > nums[i] right of i.
        int n = nums.size();
        int size = 1;
        while (size < n) size <<= 1;
        vector<long long> tree(2 * size, LLONG_MIN);
        for (int i = 0; i < n; ++i) tree[size + i] = nums[i];
        for (int v = size - 1; v >= 1; --v) tree[v] = max(tree[2 * v], tree[2 * v + 1]);
        vector<int> ans(n, 0);
        for (int i = 0; i + 1 < n; ++i) {
            long long x = nums[i];
            int v = i + 1 + size;
            bool found = true;
            while (tree[v] <= x) {
                while (v & 1) v >>= 1;
                if (v == 0) { found = false; break; }
                ++v;
            }
            if (!found) continue;
            while (v < size) v = tree[2 * v] > x ? 2 * v : 2 * v + 1;
            ans[i] = v - size - i;
        }
        return ans;
    }
};
