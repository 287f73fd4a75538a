func minTracks(intervals [][]int) int {
	items := append([][]int(nil), intervals...)
	sort.Slice(items, func(a, b int) bool {
		if items[a][0] != items[b][0] {
			return items[a][0] < items[b][0]
		}
		return items[a][1] < items[b][1]
	})
	tracks := []int{} // end of the last booking on each track
	for _, iv := range items {
		t := 0
		for t < len(tracks) && tracks[t] > iv[0] {
			t++
		}
		if t == len(tracks) {
			tracks = append(tracks, iv[1])
		} else {
			tracks[t] = iv[1]
		}
	}
	return len(tracks)
}
