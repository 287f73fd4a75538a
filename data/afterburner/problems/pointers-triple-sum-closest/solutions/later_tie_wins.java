class Solution {
    public int nearestTripleSum(int[] nums, int target) {
        int[] a = nums.clone();
        Arrays.sort(a);
        int n = a.length;
        int closest = a[0] + a[1] + a[2];
        for (int i = 0; i + 2 < n; i++) {
            int l = i + 1, r = n - 1;
            while (l < r) {
                int s = a[i] + a[l] + a[r];
                if (Math.abs(s - target) <= Math.abs(closest - target)) closest = s;
                if (s < target) l++;
                else if (s > target) r--;
                else return s;
            }
        }
        return closest;
    }
}
