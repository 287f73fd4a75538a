func mergeCost(w []int) int {
	n := len(w)
	pre := make([]int, n+1)
	for i, x := range w {
		pre[i+1] = pre[i] + x
	}
	// cost[i][j]: cheapest merge of piles i..j into one
	cost := make([][]int, n)
	for i := range cost {
		cost[i] = make([]int, n)
	}
	for length := 2; length <= n; length++ {
		for i := 0; i+length <= n; i++ {
			j := i + length - 1
			best := -1
			for k := i; k < j; k++ {
				if c := cost[i][k] + cost[k+1][j]; best < 0 || c < best {
					best = c
				}
			}
			cost[i][j] = best + pre[j+1] - pre[i]
		}
	}
	return cost[0][n-1]
}
