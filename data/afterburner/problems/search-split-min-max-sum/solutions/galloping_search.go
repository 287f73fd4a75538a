func lightestCut(nums []int, m int) int {
	// double the step from the largest element until a limit fits, then bisect
	ok := func(limit int) bool {
		used, load := 1, 0
		for _, x := range nums {
			if load+x <= limit {
				load += x
			} else {
				used++
				if used > m {
					return false
				}
				load = x
			}
		}
		return true
	}
	low := 0
	for _, x := range nums {
		if x > low {
			low = x
		}
	}
	if ok(low) {
		return low
	}
	step := low
	if step < 1 {
		step = 1
	}
	high := low + step
	for !ok(high) {
		low = high + 1
		step *= 2
		high = low + step
	}
	for low < high {
		mid := low + (high-low)/2
		if ok(mid) {
			high = mid
		} else {
			low = mid + 1
		}
	}
	return low
}
