func largestPairXor(nums []int) int {
	// greedy over bits, but partners are looked up by scanning the prefix list
	n := len(nums)
	best, mask := 0, 0
	prefixes := make([]int, n)
	for b := 29; b >= 0; b-- {
		mask |= 1 << b
		for i, x := range nums {
			prefixes[i] = x & mask
		}
		candidate := best | (1 << b)
		found := false
		for i := 0; i < n && !found; i++ {
			want := prefixes[i] ^ candidate
			for _, q := range prefixes {
				if q == want {
					found = true
					break
				}
			}
		}
		if found {
			best = candidate
		}
	}
	return best
}
