func countPairs(nums []int64, target int64) int64 {
	seen := make(map[int64]int64, len(nums))
	var total int64
	for _, x := range nums {
		seen[x]++
		total += seen[target-x]
	}
	return total
}
