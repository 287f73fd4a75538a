func minTracks(intervals [][]int) int {
	// packed events: time * 2, plus 1 for a start, so ends sort first at equal times
	ev := make([]int, 0, 2*len(intervals))
	for _, iv := range intervals {
		ev = append(ev, 2*iv[0]+1, 2*iv[1])
	}
	sort.Ints(ev)
	cur, best := 0, 0
	for _, e := range ev {
		if e&1 == 1 {
			cur++
			if cur > best {
				best = cur
			}
		} else {
			cur--
		}
	}
	return best
}
