func mergeCost(w []int) int {
	var solve func(i, j int) int
	solve = func(i, j int) int {
		if i == j {
			return 0
		}
		sum := 0
		for t := i; t <= j; t++ {
			sum += w[t]
		}
		best := -1
		for k := i; k < j; k++ {
			if c := solve(i, k) + solve(k+1, j); best < 0 || c < best {
				best = c
			}
		}
		return best + sum
	}
	return solve(0, len(w)-1)
}
