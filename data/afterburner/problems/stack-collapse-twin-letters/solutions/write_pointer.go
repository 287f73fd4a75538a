func collapsePairs(s string) string {
	b := []byte(s)
	top := 0
	for i := range b {
		if top > 0 && b[top-1] == b[i] {
			top--
		} else {
			b[top] = b[i]
			top++
		}
	}
	return string(b[:top])
}
