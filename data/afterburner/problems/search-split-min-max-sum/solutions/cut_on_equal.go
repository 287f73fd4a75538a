func lightestCut(nums []int, m int) int {
	partsNeeded := func(limit int) int {
		parts, cur := 1, 0
		for _, x := range nums {
			// starts a new part even when the sum would just reach the limit
			if cur+x >= limit {
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
