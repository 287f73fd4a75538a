func lightestCut(nums []int, m int) int {
	// the answer lies in [max(biggest, ceil(total/m)), biggest + ceil(total/m)]
	total, biggest := 0, 0
	for _, x := range nums {
		total += x
		if x > biggest {
			biggest = x
		}
	}
	share := (total + m - 1) / m
	feasible := func(limit int) bool {
		pieces, run := 1, 0
		for _, x := range nums {
			run += x
			if run > limit {
				pieces++
				if pieces > m {
					return false
				}
				run = x
			}
		}
		return true
	}
	lo, hi := biggest, biggest+share
	if share > lo {
		lo = share
	}
	for lo < hi {
		mid := lo + (hi-lo)/2
		if feasible(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}
