class Solution {
    public long maxWeight(int[][] bookings) {
        int[][] items = bookings.clone();
        Arrays.sort(items, (a, b) -> Integer.compare(a[1], b[1]));
        int n = items.length;
        long[] dp = new long[n]; // dp[i]: best chain ending with booking i
        long answer = 0;
        for (int i = 0; i < n; i++) {
            long before = 0;
            for (int j = 0; j < i; j++)
                if (items[j][1] <= items[i][0] && dp[j] > before) before = dp[j];
            dp[i] = before + items[i][2];
            answer = Math.max(answer, dp[i]);
        }
        return answer;
    }
}
