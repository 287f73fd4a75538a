func longestRising(nums []int) int {
	var best func(i int, last int64) int
	best = func(i int, last int64) int {
		if i == len(nums) {
			return 0
		}
		skip := best(i+1, last)
		if int64(nums[i]) > last {
			if take := 1 + best(i+1, int64(nums[i])); take > skip {
				return take
			}
		}
		return skip
	}
	return best(0, -1<<62)
}
