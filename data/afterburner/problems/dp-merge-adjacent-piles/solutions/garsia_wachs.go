func mergeCost(w []int) int {
	// Garsia-Wachs: merge the first pair a[k], a[k+1] with a[k] <= a[k+2], then move
	// the merged pile left past every lighter pile. Sentinels at both ends.
	const inf = 1 << 62
	a := make([]int, 0, len(w)+2)
	a = append(a, inf)
	a = append(a, w...)
	a = append(a, inf)
	total := 0
	for len(a) > 3 {
		k := 1
		for a[k-1] > a[k+1] {
			k++
		}
		k--
		merged := a[k] + a[k+1]
		total += merged
		a = append(a[:k], a[k+2:]...)
		pos := k - 1
		for a[pos] < merged {
			pos--
		}
		a = append(a, 0)
		copy(a[pos+2:], a[pos+1:])
		a[pos+1] = merged
	}
	return total
}
