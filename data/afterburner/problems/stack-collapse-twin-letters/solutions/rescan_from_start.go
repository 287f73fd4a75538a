func collapsePairs(s string) string {
	// erase the first equal pair, then search again from the beginning
	b := []byte(s)
	for {
		i := 0
		for i+1 < len(b) && b[i] != b[i+1] {
			i++
		}
		if i+1 >= len(b) {
			return string(b)
		}
		b = append(b[:i], b[i+2:]...)
	}
}
