class Solution {
    public long countHeavyPairs(int[] nums, int c) {
        // the values seen so far live in sorted blocks of bounded size
        final int B = 512;
        List<long[]> blocks = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        long count = 0;
        for (int v : nums) {
            long x = v, bound = (long) c * x;
            // count seen values greater than bound
            for (int b = blocks.size() - 1; b >= 0; b--) {
                long[] blk = blocks.get(b);
                int sz = sizes.get(b);
                if (blk[sz - 1] <= bound) break;
                if (blk[0] > bound) {
                    count += sz;
                } else {
                    count += sz - upperBound(blk, sz, bound);
                    break;
                }
            }
            if (blocks.isEmpty()) {
                long[] first = new long[2 * B + 1];
                first[0] = x;
                blocks.add(first);
                sizes.add(1);
                continue;
            }
            // insert x into the first block whose last value is >= x
            int b = 0;
            while (b < blocks.size() && blocks.get(b)[sizes.get(b) - 1] < x) b++;
            if (b == blocks.size()) b--;
            long[] blk = blocks.get(b);
            int sz = sizes.get(b);
            int at = upperBound(blk, sz, x);
            System.arraycopy(blk, at, blk, at + 1, sz - at);
            blk[at] = x;
            sz++;
            if (sz > 2 * B) {
                long[] tail = new long[2 * B + 1];
                System.arraycopy(blk, B, tail, 0, sz - B);
                blocks.add(b + 1, tail);
                sizes.add(b + 1, sz - B);
                sz = B;
            }
            sizes.set(b, sz);
        }
        return count;
    }

    private static int upperBound(long[] a, int size, long key) {
        int lo = 0, hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= key) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
