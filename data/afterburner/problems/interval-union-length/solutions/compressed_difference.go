func coveredLength(segments [][]int) int {
	xs := make([]int, 0, 2*len(segments))
	for _, s := range segments {
		xs = append(xs, s[0], s[1])
	}
	sort.Ints(xs)
	m := 0
	for _, x := range xs {
		if m == 0 || xs[m-1] != x {
			xs[m] = x
			m++
		}
	}
	xs = xs[:m]
	diff := make([]int, m+1)
	for _, s := range segments {
		diff[sort.SearchInts(xs, s[0])]++
		diff[sort.SearchInts(xs, s[1])]--
	}
	total, running := 0, 0
	for i := 0; i+1 < m; i++ {
		running += diff[i]
		if running > 0 {
			total += xs[i+1] - xs[i]
		}
	}
	return total
}
