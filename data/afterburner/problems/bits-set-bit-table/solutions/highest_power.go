func oneBitCounts(n int) []int {
	// i is its highest power of two plus i - power
	res := make([]int, n+1)
	power := 1
	for i := 1; i <= n; i++ {
		if i == power*2 {
			power = i
		}
		res[i] = res[i-power] + 1
	}
	return res
}
