func countSequences(n int) int64 {
	const mod int64 = 1000000007
	memo := make(map[int]int64, n+1)
	memo[0] = 1
	for i := 1; i <= n; i++ {
		var total int64
		for part := 1; part <= 3; part++ {
			total += memo[i-part] // missing keys (negative sums) read as zero
		}
		memo[i] = total % mod
	}
	return memo[n]
}
