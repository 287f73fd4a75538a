class Solution {
    public int longestRising(int[] nums) {
        int[] piles = new int[nums.length];
        int size = 0;
        for (int x : nums) {
            int lo = 0, hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (piles[mid] <= x) lo = mid + 1;
                else hi = mid;
            }
            piles[lo] = x;
            if (lo == size) size++;
        }
        return size;
    }
}
