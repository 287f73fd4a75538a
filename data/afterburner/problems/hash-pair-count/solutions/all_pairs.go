func countPairs(nums []int64, target int64) int64 {
	var total int64
	for i := range nums {
		for j := i + 1; j < len(nums); j++ {
			if nums[i]+nums[j] == target {
				total++
			}
		}
	}
	return total
}
