func maxWeight(bookings [][]int) int {
	items := append([][]int(nil), bookings...)
	sort.Slice(items, func(a, b int) bool { return items[a][1] < items[b][1] })
	n := len(items)
	dp := make([]int, n) // dp[i]: best chain ending with booking i
	answer := 0
	for i := 0; i < n; i++ {
		before := 0
		for j := 0; j < i; j++ {
			if items[j][1] <= items[i][0] && dp[j] > before {
				before = dp[j]
			}
		}
		dp[i] = before + items[i][2]
		if dp[i] > answer {
			answer = dp[i]
		}
	}
	return answer
}
