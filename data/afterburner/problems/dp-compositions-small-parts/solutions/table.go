func countSequences(n int) int64 {
	const mod int64 = 1000000007
	dp := make([]int64, n+1)
	dp[0] = 1
	for i := 1; i <= n; i++ {
		total := dp[i-1]
		if i >= 2 {
			total += dp[i-2]
		}
		if i >= 3 {
			total += dp[i-3]
		}
		dp[i] = total % mod
	}
	return dp[n]
}
