func coveredLength(segments [][]int) int {
	segs := make([][2]int, len(segments))
	for i, s := range segments {
		segs[i] = [2]int{s[0], s[1]}
	}
	changed := true
	for changed {
		changed = false
		for i := 0; i < len(segs); i++ {
			j := i + 1
			for j < len(segs) {
				a, b := &segs[i], segs[j]
				if a[0] <= b[1] && b[0] <= a[1] {
					if b[0] < a[0] {
						a[0] = b[0]
					}
					if b[1] > a[1] {
						a[1] = b[1]
					}
					segs = append(segs[:j], segs[j+1:]...)
					changed = true
				} else {
					j++
				}
			}
		}
	}
	total := 0
	for _, s := range segs {
		total += s[1] - s[0]
	}
	return total
}
