func lightestCut(nums []int, m int) int {
	// binary search the weight; greedy fills each part as far as the limit allows
	partsNeeded := func(limit int) int {
		parts, cur := 1, 0
		for _, x := range nums {
			if cur+x > limit {
				parts++
				cur = x
			} else {
				cur += x
			}
		}
		return parts
	}
	lo, hi := 0, 0
	for _, x := range nums {
		if x > lo {
			lo = x
		}
		hi += x
	}
	for lo < hi {
		mid := lo + (hi-lo)/2
		if partsNeeded(mid) <= m {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}
