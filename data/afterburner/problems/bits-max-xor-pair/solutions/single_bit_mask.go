func largestPairXor(nums []int) int {
	best, mask := 0, 0
	for b := 29; b >= 0; b-- {
		mask = 1 << b
		prefixes := make(map[int]bool, len(nums))
		for _, x := range nums {
			prefixes[x&mask] = true
		}
		candidate := best | (1 << b)
		for p := range prefixes {
			if prefixes[p^candidate] {
				best = candidate
				break
			}
		}
	}
	return best
}
