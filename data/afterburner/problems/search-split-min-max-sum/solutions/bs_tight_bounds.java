class Solution {
    public long lightestCut(int[] nums, int m) {
        // the answer lies in [max(biggest, ceil(total/m)), biggest + ceil(total/m)]
        long total = 0, biggest = 0;
        for (int x : nums) {
            total += x;
            biggest = Math.max(biggest, x);
        }
        long share = (total + m - 1) / m;
        long lo = Math.max(biggest, share), hi = biggest + share;
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (feasible(nums, m, mid)) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    private boolean feasible(int[] nums, int m, long limit) {
        int pieces = 1;
        long run = 0;
        for (int x : nums) {
            run += x;
            if (run > limit) {
                if (++pieces > m) return false;
                run = x;
            }
        }
        return true;
    }
}
