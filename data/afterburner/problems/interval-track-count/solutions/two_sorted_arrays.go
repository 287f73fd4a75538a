func minTracks(intervals [][]int) int {
	n := len(intervals)
	starts := make([]int, n)
	ends := make([]int, n)
	for i, iv := range intervals {
		starts[i] = iv[0]
		ends[i] = iv[1]
	}
	sort.Ints(starts)
	sort.Ints(ends)
	j, active, best := 0, 0, 0
	for _, s := range starts {
		for ends[j] <= s {
			j++
			active--
		}
		active++
		if active > best {
			best = active
		}
	}
	return best
}
