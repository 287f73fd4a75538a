func cheapestRoundTrip(cost [][]int) int {
	n := len(cost)
	if n == 1 {
		return 0
	}
	best := 1 << 60
	var extend func(at, used, total, count int)
	extend = func(at, used, total, count int) {
		if count == n {
			if t := total + cost[at][0]; t < best {
				best = t
			}
			return
		}
		for p := 1; p < n; p++ {
			if used>>p&1 == 0 {
				extend(p, used|1<<p, total+cost[at][p], count+1)
			}
		}
	}
	extend(0, 1, 0, 1)
	return best
}
