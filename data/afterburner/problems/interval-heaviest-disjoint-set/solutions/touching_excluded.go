func maxWeight(bookings [][]int) int {
	items := append([][]int(nil), bookings...)
	sort.Slice(items, func(a, b int) bool { return items[a][1] < items[b][1] })
	n := len(items)
	ends := make([]int, n)
	for i, b := range items {
		ends[i] = b[1]
	}
	best := make([]int, n+1)
	for i, b := range items {
		s := b[0]
		j := sort.Search(i, func(k int) bool { return ends[k] >= s })
		take := best[j] + b[2]
		if take > best[i] {
			best[i+1] = take
		} else {
			best[i+1] = best[i]
		}
	}
	return best[n]
}
