func firstPositions(nums []int64, queries []int64) []int {
	first := make(map[int64]int, len(nums))
	for i := len(nums) - 1; i >= 0; i-- {
		first[nums[i]] = i
	}
	ans := make([]int, len(queries))
	for t, v := range queries {
		if i, ok := first[v]; ok {
			ans[t] = i
		} else {
			ans[t] = -1
		}
	}
	return ans
}
