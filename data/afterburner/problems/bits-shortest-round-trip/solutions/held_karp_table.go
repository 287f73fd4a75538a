func cheapestRoundTrip(cost [][]int) int {
	n := len(cost)
	if n == 1 {
		return 0
	}
	const inf = 1 << 60
	full := 1 << n
	// dp[mask][j]: cheapest path from 0 over the points of mask, ending at j
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
			here := dp[mask][j]
			if here >= inf {
				continue
			}
			for k := 1; k < n; k++ {
				if mask>>k&1 == 1 {
					continue
				}
				if v := here + cost[j][k]; v < dp[mask|1<<k][k] {
					dp[mask|1<<k][k] = v
				}
			}
		}
	}
	best := inf
	for j := 1; j < n; j++ {
		if v := dp[full-1][j] + cost[j][0]; v < best {
			best = v
		}
	}
	return best
}
