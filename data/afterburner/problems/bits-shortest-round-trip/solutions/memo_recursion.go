func cheapestRoundTrip(cost [][]int) int {
	n := len(cost)
	if n == 1 {
		return 0
	}
	done := (1 << n) - 1
	memo := make([]int, n<<n)
	for i := range memo {
		memo[i] = -1
	}
	// cheapest way to visit the points outside mask and return to 0, standing at `at`
	var rest func(mask, at int) int
	rest = func(mask, at int) int {
		if mask == done {
			return cost[at][0]
		}
		if memo[mask*n+at] >= 0 {
			return memo[mask*n+at]
		}
		best := 1 << 60
		for nx := 0; nx < n; nx++ {
			if mask>>nx&1 == 0 {
				if v := cost[at][nx] + rest(mask|1<<nx, nx); v < best {
					best = v
				}
			}
		}
		memo[mask*n+at] = best
		return best
	}
	return rest(1, 0)
}
