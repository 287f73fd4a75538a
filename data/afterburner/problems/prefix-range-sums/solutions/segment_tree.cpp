class Solution {
public:
    vector<long long> rangeSums(vector<long long>& nums, vector<vector<int>>& queries) {
        // bottom-up segment tree: leaves at n..2n-1
        int n = (int) nums.size();
        vector<long long> seg(2 * n);
        for (int i = 0; i < n; i++) seg[n + i] = nums[i];
        for (int i = n - 1; i > 0; i--) seg[i] = seg[2 * i] + seg[2 * i + 1];
        vector<long long> out;
        out.reserve(queries.size());
        for (auto& qr : queries) {
            long long total = 0;
            for (int lo = qr[0] - 1 + n, hi = qr[1] + n; lo < hi; lo >>= 1, hi >>= 1) {
                if (lo & 1) total += seg[lo++];
                if (hi & 1) total += seg[--hi];
            }
            out.push_back(total);
        }
        return out;
    }
};
