class Solution {
    private boolean ok(int[] nums, int m, long limit) {
        int used = 1;
        long load = 0;
        for (int x : nums) {
            if (load + x <= limit) {
                load += x;
            } else {
                if (++used > m) return false;
                load = x;
            }
        }
        return true;
    }

    public long lightestCut(int[] nums, int m) {
        // double the step from the largest element until a limit fits, then bisect
        long low = 0;
        for (int x : nums) low = Math.max(low, x);
        if (ok(nums, m, low)) return low;
        long step = Math.max(1, low), high = low + step;
        while (!ok(nums, m, high)) {
            low = high + 1;
            step *= 2;
            high = low + step;
        }
        while (low < high) {
            long mid = low + (high - low) / 2;
            if (ok(nums, m, mid)) high = mid;
            else low = mid + 1;
        }
        return low;
    }
}
