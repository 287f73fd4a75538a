func lastRemaining(weights []int) int {
	items := append([]int(nil), weights...)
	removeMax := func() int {
		best := 0
		for i := 1; i < len(items); i++ {
			if items[i] > items[best] {
				best = i
			}
		}
		v := items[best]
		items = append(items[:best], items[best+1:]...)
		return v
	}
	for len(items) > 1 {
		// scan for the largest, close the gap, then do it again for the second
		x := removeMax()
		y := removeMax()
		if x > y {
			items = append(items, x-y)
		}
	}
	if len(items) == 1 {
		return items[0]
	}
	return 0
}
