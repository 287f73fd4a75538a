func mergeCost(w []int) int {
	// interval DP with Knuth's bound: opt[i][j-1] <= opt[i][j] <= opt[i+1][j]
	n := len(w)
	pre := make([]int, n+1)
	for i, x := range w {
		pre[i+1] = pre[i] + x
	}
	dp := make([][]int, n)
	opt := make([][]int, n)
	for i := range dp {
		dp[i] = make([]int, n)
		opt[i] = make([]int, n)
		opt[i][i] = i
	}
	for length := 2; length <= n; length++ {
		for i := 0; i+length <= n; i++ {
			j := i + length - 1
			lo, hi := opt[i][j-1], opt[i+1][j]
			if hi > j-1 {
				hi = j - 1
			}
			best, arg := -1, lo
			for k := lo; k <= hi; k++ {
				if c := dp[i][k] + dp[k+1][j]; best < 0 || c < best {
					best, arg = c, k
				}
			}
			dp[i][j] = best + pre[j+1] - pre[i]
			opt[i][j] = arg
		}
	}
	return dp[0][n-1]
}
