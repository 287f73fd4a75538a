class Solution {
    public long kthGap(long[] nums, long k) {
        // sort boxed values through a list
        List<Long> list = new ArrayList<>();
        for (long x : nums) list.add(x);
        Collections.sort(list);
        int n = list.size();
        long[] a = new long[n];
        for (int i = 0; i < n; i++) a[i] = list.get(i);
        // largest d with fewer than k gaps below it
        long lo = 0, hi = a[n - 1] - a[0];
        while (lo < hi) {
            long mid = (lo + hi + 1) / 2;
            long total = 0;
            int left = 0;
            for (int right = 0; right < n; right++) {
                while (a[right] - a[left] >= mid) left++;
                total += right - left;
            }
            if (total < k) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }
}
