func cheapestRoundTrip(cost [][]int) int {
	n := len(cost)
	if n == 1 {
		return 0
	}
	m := n - 1 // points 1..n-1 become bits 0..m-1
	const inf = 1 << 60
	size := 1 << m
	dp := make([]int, size*m) // dp[mask*m + j]
	for i := range dp {
		dp[i] = inf
	}
	for j := 0; j < m; j++ {
		dp[(1<<j)*m+j] = cost[0][j+1]
	}
	for mask := 1; mask < size; mask++ {
		for j := 0; j < m; j++ {
			if mask>>j&1 == 0 {
				continue
			}
			prev := mask ^ (1 << j)
			if prev == 0 {
				continue
			}
			best := inf
			for i := 0; i < m; i++ {
				if prev>>i&1 == 1 {
					if v := dp[prev*m+i] + cost[i+1][j+1]; v < best {
						best = v
					}
				}
			}
			dp[mask*m+j] = best
		}
	}
	best := inf
	for j := 0; j < m; j++ {
		if v := dp[(size-1)*m+j] + cost[j+1][0]; v < best {
			best = v
		}
	}
	return best
}
