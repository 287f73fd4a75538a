func countSequences(n int) int64 {
	const mod int64 = 1000000007
	mul := func(x, y [3][3]int64) [3][3]int64 {
		var r [3][3]int64
		for i := 0; i < 3; i++ {
			for k := 0; k < 3; k++ {
				for j := 0; j < 3; j++ {
					r[i][j] = (r[i][j] + x[i][k]*y[k][j]) % mod
				}
			}
		}
		return r
	}
	result := [3][3]int64{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	base := [3][3]int64{{1, 1, 1}, {1, 0, 0}, {0, 1, 0}}
	for e := n; e > 0; e >>= 1 {
		if e&1 == 1 {
			result = mul(result, base)
		}
		base = mul(base, base)
	}
	return result[0][0]
}
