class Solution {
    public long minFuseCost(int[] nums) {
        int[] a = nums.clone();
        Arrays.sort(a);
        long total = 0, acc = a[0];
        for (int i = 1; i < a.length; i++) {
            acc += a[i];
            total += acc;
        }
        return total;
    }
}
