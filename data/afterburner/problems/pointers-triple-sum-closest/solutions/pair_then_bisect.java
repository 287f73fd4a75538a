class Solution {
    private static int lowerBound(int[] a, int from, int to, int key) {
        int lo = from, hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    public int nearestTripleSum(int[] nums, int target) {
        int[] a = nums.clone();
        Arrays.sort(a);
        int n = a.length;
        int best = a[0] + a[1] + a[2];
        int bestGap = Math.abs(best - target);
        for (int i = 0; i + 2 < n; i++) {
            for (int j = i + 1; j + 1 < n; j++) {
                int base = a[i] + a[j];
                int k = lowerBound(a, j + 1, n, target - base);
                for (int idx = k - 1; idx <= k; idx++) {
                    if (idx <= j || idx >= n) continue;
                    int s = base + a[idx], gap = Math.abs(s - target);
                    if (gap < bestGap || (gap == bestGap && s < best)) { best = s; bestGap = gap; }
                }
            }
        }
        return best;
    }
}
