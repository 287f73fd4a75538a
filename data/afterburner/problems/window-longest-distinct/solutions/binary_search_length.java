class Solution {
    private int[] ids, counts;

    // is there a clean window of exactly this length? slide it over value ids
    private boolean exists(int length) {
        Arrays.fill(counts, 0);
        int duplicates = 0;
        for (int i = 0; i < ids.length; i++) {
            if (++counts[ids[i]] == 2) duplicates++;
            if (i >= length && --counts[ids[i - length]] == 1) duplicates--;
            if (i >= length - 1 && duplicates == 0) return true;
        }
        return false;
    }

    public int longestClean(long[] nums) {
        long[] values = nums.clone();
        Arrays.sort(values);
        int m = 0;
        for (int i = 0; i < values.length; i++)
            if (i == 0 || values[i] != values[i - 1]) values[m++] = values[i];
        ids = new int[nums.length];
        for (int i = 0; i < nums.length; i++) ids[i] = Arrays.binarySearch(values, 0, m, nums[i]);
        counts = new int[m];
        int lo = 1, hi = m;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (exists(mid)) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }
}
