func largestRectangle(heights []int) int {
	n := len(heights)
	best := 0
	for i := 0; i < n; i++ {
		low := heights[i]
		for j := i; j < n; j++ {
			if heights[j] < low {
				low = heights[j]
			}
			if a := low * (j - i + 1); a > best {
				best = a
			}
		}
	}
	return best
}
