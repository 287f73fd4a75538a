func countSequences(n int) int64 {
	var ways func(k int) int64
	ways = func(k int) int64 {
		if k < 0 {
			return 0
		}
		if k == 0 {
			return 1
		}
		return (ways(k-1) + ways(k-2) + ways(k-3)) % 1000000007
	}
	return ways(n)
}
