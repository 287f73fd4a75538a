func sharedSubsequenceLength(a string, b string) int {
	var best func(i, j int) int
	best = func(i, j int) int {
		if i == len(a) || j == len(b) {
			return 0
		}
		if a[i] == b[j] {
			return 1 + best(i+1, j+1)
		}
		x, y := best(i+1, j), best(i, j+1)
		if x > y {
			return x
		}
		return y
	}
	return best(0, 0)
}
