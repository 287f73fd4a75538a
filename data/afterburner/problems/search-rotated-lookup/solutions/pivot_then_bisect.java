class Solution {
    public int[] locate(int[] nums, int[] queries) {
        // find where the minimum sits, then search the one sorted run that can hold v
        int n = nums.length, lo = 0, hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (nums[mid] > nums[hi]) lo = mid + 1;
            else hi = mid;
        }
        int pivot = lo;
        int[] out = new int[queries.length];
        for (int t = 0; t < queries.length; t++) {
            int v = queries[t];
            int k = (pivot > 0 && v >= nums[0])
                ? java.util.Arrays.binarySearch(nums, 0, pivot, v)
                : java.util.Arrays.binarySearch(nums, pivot, n, v);
            out[t] = k >= 0 ? k : -1;
        }
        return out;
    }
}
