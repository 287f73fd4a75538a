class Solution {
public:
    int longestRising(vector<int>& nums) {
        map<int, int> index;  // value -> rank
        for (int x : nums) index[x] = 0;
        int r = 0;
        for (auto& kv : index) kv.second = r++;
        int size = 1;
        while (size < r) size *= 2;
        vector<int> tree(2 * size, 0);
        for (int x : nums) {
            int rank = index[x];
            int res = 0;  // max over ranks [0, rank)
            for (int lo = size, hi = rank + size; lo < hi; lo >>= 1, hi >>= 1) {
                if (lo & 1) res = max(res, tree[lo++]);
                if (hi & 1) res = max(res, tree[--hi]);
            }
            int cur = res + 1, pos = rank + size;
            if (tree[pos] < cur) {
                tree[pos] = cur;
                for (pos >>= 1; pos; pos >>= 1) tree[pos] = max(tree[2 * pos], tree[2 * pos + 1]);
            }
        }
        return tree[1];
    }
};
