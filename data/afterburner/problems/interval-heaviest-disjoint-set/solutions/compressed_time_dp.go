func maxWeight(bookings [][]int) int {
	n := len(bookings)
	times := make([]int, 0, 2*n)
	for _, b := range bookings {
		times = append(times, b[0], b[1])
	}
	sort.Ints(times)
	m := 0
	for _, t := range times {
		if m == 0 || times[m-1] != t {
			times[m] = t
			m++
		}
	}
	times = times[:m]
	// bookings grouped by end slot (counting-sort layout)
	head := make([]int, m+1)
	startSlot := make([]int, n)
	endSlot := make([]int, n)
	for i, b := range bookings {
		startSlot[i] = sort.SearchInts(times, b[0])
		endSlot[i] = sort.SearchInts(times, b[1])
		head[endSlot[i]+1]++
	}
	for t := 0; t < m; t++ {
		head[t+1] += head[t]
	}
	fill := append([]int(nil), head[:m]...)
	byEnd := make([]int, n)
	for i := 0; i < n; i++ {
		byEnd[fill[endSlot[i]]] = i
		fill[endSlot[i]]++
	}
	best := make([]int, m) // best[t]: bookings that all end by times[t]
	for t := 1; t < m; t++ {
		cur := best[t-1]
		for _, i := range byEnd[head[t]:head[t+1]] {
			if c := best[startSlot[i]] + bookings[i][2]; c > cur {
				cur = c
			}
		}
		best[t] = cur
	}
	return best[m-1]
}
