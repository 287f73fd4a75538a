class Solution {
    public long countPairs(long[] nums, long target) {
        long[] a = nums.clone();
        Arrays.sort(a);
        long total = 0;
        int i = 0, j = a.length - 1;
        while (i < j) {
            long s = a[i] + a[j];
            if (s < target) {
                i++;
            } else if (s > target) {
                j--;
            } else if (a[i] == a[j]) {
                long k = j - i + 1;
                total += k * (k - 1) / 2;
                break;
            } else {
                long left = a[i], right = a[j];
                long cl = 0, cr = 0;
                while (a[i] == left) { i++; cl++; }
                while (a[j] == right) { j--; cr++; }
                total += cl * cr;
            }
        }
        return total;
    }
}
