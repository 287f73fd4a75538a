func firstPositions(nums []int64, queries []int64) []int {
	ans := make([]int, len(queries))
	for t, v := range queries {
		ans[t] = -1
		for i, x := range nums {
			if x == v {
				ans[t] = i
				break
			}
		}
	}
	return ans
}
