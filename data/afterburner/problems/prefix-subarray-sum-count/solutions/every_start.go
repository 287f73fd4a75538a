func countExactSum(nums []int64, k int64) int64 {
	n := len(nums)
	var count int64
	for start := 0; start < n; start++ {
		var s int64
		for end := start; end < n; end++ {
			s += nums[end]
			if s == k {
				count++
			}
		}
	}
	return count
}
