func mergeCost(w []int) int {
	n := len(w)
	pre := make([]int, n+1)
	for i, x := range w {
		pre[i+1] = pre[i] + x
	}
	memo := make([]int, n*n)
	for i := range memo {
		memo[i] = -1
	}
	var solve func(i, j int) int
	solve = func(i, j int) int {
		if i == j {
			return 0
		}
		if memo[i*n+j] >= 0 {
			return memo[i*n+j]
		}
		best := -1
		for k := i; k < j; k++ {
			if c := solve(i, k) + solve(k+1, j); best < 0 || c < best {
				best = c
			}
		}
		best += pre[j+1] - pre[i]
		memo[i*n+j] = best
		return best
	}
	return solve(0, n-1)
}
