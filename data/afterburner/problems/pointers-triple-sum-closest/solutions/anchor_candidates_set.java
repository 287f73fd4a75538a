class Solution {
    public int nearestTripleSum(int[] nums, int target) {
        int[] a = nums.clone();
        Arrays.sort(a);
        int n = a.length;
        // for each distinct anchor keep the nearest sum below and above the target
        HashSet<Integer> candidates = new HashSet<>();
        for (int i = 0; i + 2 < n; i++) {
            if (i > 0 && a[i] == a[i - 1]) continue;
            int lo = i + 1, hi = n - 1;
            Integer under = null, over = null;
            while (lo < hi) {
                int s = a[i] + a[lo] + a[hi];
                if (s == target) return s;
                if (s < target) {
                    if (under == null || s > under) under = s;
                    lo++;
                } else {
                    if (over == null || s < over) over = s;
                    hi--;
                }
            }
            if (under != null) candidates.add(under);
            if (over != null) candidates.add(over);
        }
        Integer best = null;
        for (int s : candidates) {
            if (best == null) { best = s; continue; }
            int d = Math.abs(s - target), bd = Math.abs(best - target);
            if (d < bd || (d == bd && s < best)) best = s;
        }
        return best;
    }
}
