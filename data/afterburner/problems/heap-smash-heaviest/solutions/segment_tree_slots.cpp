class Solution {
public:
    int lastRemaining(vector<int>& weights) {
        // max segment tree over fixed slots; an emptied slot holds 0
        int n = weights.size();
        int size = 1;
        while (size < n) size <<= 1;
        vector<int> tree(2 * size, 0);
        copy(weights.begin(), weights.end(), tree.begin() + size);
        for (int i = size - 1; i > 0; --i) tree[i] = max(tree[2 * i], tree[2 * i + 1]);
        auto takeMax = [&]() {
            int i = 1;
            while (i < size) i = tree[2 * i] >= tree[2 * i + 1] ? 2 * i : 2 * i + 1;
            return i;
        };
        auto assign = [&](int i, int v) {
            tree[i] = v;
            for (i >>= 1; i > 0; i >>= 1) tree[i] = max(tree[2 * i], tree[2 * i + 1]);
        };
        int left = n;
        while (left > 1) {
            int i = takeMax();
            int x = tree[i];
            assign(i, 0);
            int j = takeMax();
            int y = tree[j];
            if (x > y) {
                assign(j, x - y);
                left -= 1;
            } else {
                assign(j, 0);
                left -= 2;
            }
        }
        return tree[1];
    }
};
