func longestRising(nums []int) int {
	piles := []int{}
	for _, x := range nums {
		lo, hi := 0, len(piles)
		for lo < hi {
			mid := (lo + hi) / 2
			if piles[mid] <= x {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		if lo == len(piles) {
			piles = append(piles, x)
		} else {
			piles[lo] = x
		}
	}
	return len(piles)
}
