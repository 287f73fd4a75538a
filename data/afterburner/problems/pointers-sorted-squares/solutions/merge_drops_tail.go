func sortedSquares(nums []int64) []int64 {
	split := 0
	for split < len(nums) && nums[split] < 0 {
		split++
	}
	merged := make([]int64, 0, len(nums))
	i, j := split-1, split
	for i >= 0 && j < len(nums) {
		a, b := nums[i]*nums[i], nums[j]*nums[j]
		if a <= b {
			merged = append(merged, a)
			i--
		} else {
			merged = append(merged, b)
			j++
		}
	}
	for ; j < len(nums); j++ {
		merged = append(merged, nums[j]*nums[j])
	}
	return merged
}
