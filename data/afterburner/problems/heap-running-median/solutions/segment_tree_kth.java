class Solution {
    public int[] runningMedians(int[] nums) {
        int n = nums.length;
        TreeSet<Integer> distinct = new TreeSet<>();
        for (int v : nums) distinct.add(v);
        int m = distinct.size();
        int[] vals = new int[m];
        HashMap<Integer, Integer> index = new HashMap<>();
        int idx = 0;
        for (int v : distinct) {
            index.put(v, idx);
            vals[idx++] = v;
        }
        int size = 1;
        while (size < m) size <<= 1;
        int[] cnt = new int[2 * size];
        int[] out = new int[n];
        for (int c = 0; c < n; c++) {
            for (int i = index.get(nums[c]) + size; i > 0; i >>= 1) cnt[i]++;
            int k = (c + 2) / 2;
            int node = 1;
            while (node < size) {
                int left = cnt[2 * node];
                if (k <= left) {
                    node = 2 * node;
                } else {
                    k -= left;
                    node = 2 * node + 1;
                }
            }
            out[c] = vals[node - size];
        }
        return out;
    }
}
