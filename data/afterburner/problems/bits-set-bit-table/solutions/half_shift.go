func oneBitCounts(n int) []int {
	// i has the bits of i / 2 plus its lowest bit
	res := make([]int, n+1)
	for i := 1; i <= n; i++ {
		res[i] = res[i>>1] + (i & 1)
	}
	return res
}
