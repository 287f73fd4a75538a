func minTracks(intervals [][]int) int {
	best := 0
	for _, p := range intervals {
		s, covering := p[0], 0
		for _, q := range intervals {
			if q[0] <= s && s < q[1] {
				covering++
			}
		}
		if covering > best {
			best = covering
		}
	}
	return best
}
