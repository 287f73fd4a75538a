func firstSingle(nums []int64) int {
	counts := make(map[int64]int32, len(nums))
	for _, x := range nums {
		counts[x]++
	}
	for i, x := range nums {
		if counts[x] == 1 {
			return i
		}
	}
	return -1
}
