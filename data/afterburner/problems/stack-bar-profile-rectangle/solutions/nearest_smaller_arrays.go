func largestRectangle(heights []int) int {
	// nearest strictly smaller bar on each side, from two monotonic passes
	n := len(heights)
	left := make([]int, n)
	right := make([]int, n)
	st := []int{}
	for i := 0; i < n; i++ {
		for len(st) > 0 && heights[st[len(st)-1]] >= heights[i] {
			st = st[:len(st)-1]
		}
		left[i] = -1
		if len(st) > 0 {
			left[i] = st[len(st)-1]
		}
		st = append(st, i)
	}
	st = st[:0]
	for i := n - 1; i >= 0; i-- {
		for len(st) > 0 && heights[st[len(st)-1]] >= heights[i] {
			st = st[:len(st)-1]
		}
		right[i] = n
		if len(st) > 0 {
			right[i] = st[len(st)-1]
		}
		st = append(st, i)
	}
	best := 0
	for i := 0; i < n; i++ {
		if a := heights[i] * (right[i] - left[i] - 1); a > best {
			best = a
		}
	}
	return best
}
