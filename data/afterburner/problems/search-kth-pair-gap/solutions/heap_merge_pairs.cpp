class Solution {
public:
    long long kthGap(vector<long long>& nums, long long k) {
        vector<long long> a(nums);
        sort(a.begin(), a.end());
        int n = a.size();
        using Item = tuple<long long, int, int>;
        priority_queue<Item, vector<Item>, greater<Item>> heap;
        for (int i = 0; i + 1 < n; i++) heap.emplace(a[i + 1] - a[i], i, i + 1);
        for (long long step = 1; step < k; step++) {
            auto [gap, i, j] = heap.top();
            heap.pop();
            if (j + 1 < n) heap.emplace(a[j + 1] - a[i], i, j + 1);
        }
        return get<0>(heap.top());
    }
};
