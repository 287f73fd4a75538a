func collapsePairs(s string) string {
	// Doubly linked list over positions 1..n with sentinels 0 and n+1.
	n := len(s)
	prv := make([]int32, n+2)
	nxt := make([]int32, n+2)
	for i := 0; i <= n+1; i++ {
		prv[i] = int32(i - 1)
		nxt[i] = int32(i + 1)
	}
	cur := int32(1)
	for int(cur) <= n {
		b := nxt[cur]
		if int(b) <= n && s[cur-1] == s[b-1] {
			a, c := prv[cur], nxt[b]
			nxt[a] = c
			prv[c] = a
			if a == 0 {
				cur = c
			} else {
				cur = a
			}
		} else {
			cur = b
		}
	}
	out := make([]byte, 0)
	for i := nxt[0]; int(i) <= n; i = nxt[i] {
		out = append(out, s[i-1])
	}
	return string(out)
}
