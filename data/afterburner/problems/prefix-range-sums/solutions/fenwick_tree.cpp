class Solution {
public:
    vector<long long> rangeSums(vector<long long>& nums, vector<vector<int>>& queries) {
        int n = (int) nums.size();
        vector<long long> tree(n + 1, 0);
        // linear build: push each node's total to its parent
        for (int i = 1; i <= n; i++) {
            tree[i] += nums[i - 1];
            int parent = i + (i & -i);
            if (parent <= n) tree[parent] += tree[i];
        }
        auto prefix = [&](int i) {
            long long total = 0;
            for (; i > 0; i -= i & -i) total += tree[i];
            return total;
        };
        vector<long long> out;
        out.reserve(queries.size());
        for (auto& qr : queries) out.push_back(prefix(qr[1]) - prefix(qr[0] - 1));
        return out;
    }
};
