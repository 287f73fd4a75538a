class Solution {
    public int longestRising(int[] nums) {
        TreeMap<Integer, Integer> index = new TreeMap<>();  // value -> rank
        for (int x : nums) index.put(x, 0);
        int r = 0;
        for (Map.Entry<Integer, Integer> e : index.entrySet()) e.setValue(r++);
        int size = 1;
        while (size < r) size *= 2;
        int[] tree = new int[2 * size];
        for (int x : nums) {
            int rank = index.get(x);
            int res = 0;  // max over ranks [0, rank)
            for (int lo = size, hi = rank + size; lo < hi; lo >>= 1, hi >>= 1) {
                if ((lo & 1) == 1) res = Math.max(res, tree[lo++]);
                if ((hi & 1) == 1) res = Math.max(res, tree[--hi]);
            }
            int cur = res + 1, pos = rank + size;
            if (tree[pos] < cur) {
                tree[pos] = cur;
                for (pos >>= 1; pos > 0; pos >>= 1) tree[pos] = Math.max(tree[2 * pos], tree[2 * pos + 1]);
            }
        }
        return tree[1];
    }
}
