func countSequences(n int) int64 {
	const mod int64 = 1000000007
	var a, b, c int64 = 0, 0, 1
	for i := 0; i < n; i++ {
		a, b, c = b, c, (a+b+c)%mod
	}
	return c
}
