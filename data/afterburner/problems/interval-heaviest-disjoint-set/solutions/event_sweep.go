func maxWeight(bookings [][]int) int {
	n := len(bookings)
	// one packed key per event: time, then ends (0) before starts (1), then booking index
	ev := make([]int, 0, 2*n)
	for i, b := range bookings {
		ev = append(ev, b[0]<<18|1<<17|i, b[1]<<18|i)
	}
	sort.Ints(ev)
	value := make([]int, n)
	best := 0
	for _, key := range ev {
		i := key & (1<<17 - 1)
		if key>>17&1 == 1 {
			value[i] = best + bookings[i][2]
		} else if value[i] > best {
			best = value[i]
		}
	}
	return best
}
