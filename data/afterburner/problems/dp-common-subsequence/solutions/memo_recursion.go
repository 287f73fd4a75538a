func sharedSubsequenceLength(a string, b string) int {
	n, m := len(a), len(b)
	memo := make([]int32, n*m)
	for i := range memo {
		memo[i] = -1 // not solved yet
	}
	var best func(i, j int) int32
	best = func(i, j int) int32 {
		if i == n || j == m {
			return 0
		}
		key := i*m + j
		if memo[key] >= 0 {
			return memo[key]
		}
		var r int32
		if a[i] == b[j] {
			r = 1 + best(i+1, j+1)
		} else {
			r = best(i+1, j)
			if o := best(i, j+1); o > r {
				r = o
			}
		}
		memo[key] = r
		return r
	}
	return int(best(0, 0))
}
