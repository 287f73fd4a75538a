class Solution {
    public int[] windowCounts(long[] times, long w) {
        int n = times.length;
        int[] res = new int[n];
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (int j = 0; j <= i; j++)
                if (times[i] - times[j] < w) count++;
            res[i] = count;
        }
        return res;
    }
}
