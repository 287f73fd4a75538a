func largestRectangle(heights []int) int {
	// increasing stack of indices; a zero-height bar at the end flushes it
	n := len(heights)
	st := make([]int, 0, n+1)
	best := 0
	for i := 0; i <= n; i++ {
		x := 0
		if i < n {
			x = heights[i]
		}
		for len(st) > 0 && heights[st[len(st)-1]] >= x {
			h := heights[st[len(st)-1]]
			st = st[:len(st)-1]
			left := -1
			if len(st) > 0 {
				left = st[len(st)-1]
			}
			if a := h * (i - left - 1); a > best {
				best = a
			}
		}
		st = append(st, i)
	}
	return best
}
