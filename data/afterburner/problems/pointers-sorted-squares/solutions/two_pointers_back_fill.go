func sortedSquares(nums []int64) []int64 {
	n := len(nums)
	result := make([]int64, n)
	left, right := 0, n-1
	for pos := n - 1; pos >= 0; pos-- {
		a, b := nums[left], nums[right]
		if -a > b {
			result[pos] = a * a
			left++
		} else {
			result[pos] = b * b
			right--
		}
	}
	return result
}
