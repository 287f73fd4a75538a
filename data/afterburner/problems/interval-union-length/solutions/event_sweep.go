func coveredLength(segments [][]int) int {
	type event struct{ x, d int }
	ev := make([]event, 0, 2*len(segments))
	for _, s := range segments {
		ev = append(ev, event{s[0], 1}, event{s[1], -1})
	}
	sort.Slice(ev, func(a, b int) bool {
		if ev[a].x != ev[b].x {
			return ev[a].x < ev[b].x
		}
		return ev[a].d < ev[b].d
	})
	total, depth, prev := 0, 0, 0
	for _, e := range ev {
		if depth > 0 {
			total += e.x - prev
		}
		depth += e.d
		prev = e.x
	}
	return total
}
