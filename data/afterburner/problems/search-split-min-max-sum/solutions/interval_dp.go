func lightestCut(nums []int, m int) int {
	// best[p][e]: lightest weight cutting the first e values into p parts
	n := len(nums)
	pre := make([]int, n+1)
	for i, x := range nums {
		pre[i+1] = pre[i] + x
	}
	const inf = 1 << 62
	prev := make([]int, n+1)
	row := make([]int, n+1)
	for i := range prev {
		prev[i] = inf
	}
	prev[0] = 0
	for p := 1; p <= m; p++ {
		for i := range row {
			row[i] = inf
		}
		for e := p; e <= n; e++ {
			value := inf
			for s := p - 1; s < e; s++ {
				c := pre[e] - pre[s]
				if prev[s] > c {
					c = prev[s]
				}
				if c < value {
					value = c
				}
			}
			row[e] = value
		}
		prev, row = row, prev
	}
	return prev[n]
}
