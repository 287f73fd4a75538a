func countExactSum(nums []int64, k int64) int64 {
	seen := make(map[int64]int64)
	var prefix, total int64
	for _, x := range nums {
		prefix += x
		total += seen[prefix-k]
		seen[prefix]++
	}
	return total
}
