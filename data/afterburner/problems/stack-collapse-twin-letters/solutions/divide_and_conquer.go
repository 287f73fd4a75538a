// reduceRange collapses s[lo:hi] on its own and merges the two reduced halves.
func reduceRange(s string, lo, hi int) []byte {
	if hi-lo <= 16 {
		st := make([]byte, 0, hi-lo)
		for i := lo; i < hi; i++ {
			if len(st) > 0 && st[len(st)-1] == s[i] {
				st = st[:len(st)-1]
			} else {
				st = append(st, s[i])
			}
		}
		return st
	}
	mid := (lo + hi) / 2
	left := reduceRange(s, lo, mid)
	right := reduceRange(s, mid, hi)
	k := 0
	for len(left) > 0 && k < len(right) && left[len(left)-1] == right[k] {
		left = left[:len(left)-1]
		k++
	}
	merged := make([]byte, 0, len(left)+len(right)-k)
	merged = append(merged, left...)
	return append(merged, right[k:]...)
}

func collapsePairs(s string) string {
	return string(reduceRange(s, 0, len(s)))
}
