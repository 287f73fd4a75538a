class Solution {
    public int[] windowCounts(long[] times, long w) {
        int n = times.length;
        int[] res = new int[n];
        int left = 0;
        for (int right = 0; right < n; right++) {
            while (times[right] - times[left] >= w) left++;
            res[right] = right - left + 1;
        }
        return res;
    }
}
