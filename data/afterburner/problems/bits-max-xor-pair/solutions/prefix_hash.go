func largestPairXor(nums []int) int {
	// fix the answer bit by bit from the top, checking prefixes in a hash set
	best, mask := 0, 0
	for b := 29; b >= 0; b-- {
		mask |= 1 << b
		prefixes := make(map[int]struct{}, len(nums))
		for _, x := range nums {
			prefixes[x&mask] = struct{}{}
		}
		candidate := best | (1 << b)
		for p := range prefixes {
			if _, ok := prefixes[p^candidate]; ok {
				best = candidate
				break
			}
		}
	}
	return best
}
