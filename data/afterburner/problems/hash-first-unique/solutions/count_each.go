func firstSingle(nums []int64) int {
	for i, x := range nums {
		occurrences := 0
		for _, y := range nums {
			if y == x {
				occurrences++
			}
		}
		if occurrences == 1 {
			return i
		}
	}
	return -1
}
