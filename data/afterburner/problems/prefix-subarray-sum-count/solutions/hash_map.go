func countExactSum(nums []int64, k int64) int64 {
	seen := make(map[int64]int64, len(nums)+1)
	seen[0] = 1
	var prefix, total int64
	for _, x := range nums {
		prefix += x
		total += seen[prefix-k]
		seen[prefix]++
	}
	return total
}
