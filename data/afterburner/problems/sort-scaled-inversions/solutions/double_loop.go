func countHeavyPairs(nums []int, c int) int64 {
	n := len(nums)
	var count int64
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if nums[i] > c*nums[j] {
				count++
			}
		}
	}
	return count
}
