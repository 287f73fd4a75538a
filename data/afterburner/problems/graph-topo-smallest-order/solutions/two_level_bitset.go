import "math/bits"

func smallestOrder(n int, rules [][]int) []int {
	// available tasks are bits; a summary word marks which 64-bit words are non-empty
	succ := make([][]int, n+1)
	indeg := make([]int, n+1)
	for _, r := range rules {
		succ[r[0]] = append(succ[r[0]], r[1])
		indeg[r[1]]++
	}
	words := make([]uint64, n/64+1)
	summary := make([]uint64, len(words)/64+1)
	set := func(i int) {
		w := i >> 6
		words[w] |= 1 << uint(i&63)
		summary[w>>6] |= 1 << uint(w&63)
	}
	clear := func(i int) {
		w := i >> 6
		words[w] &^= 1 << uint(i&63)
		if words[w] == 0 {
			summary[w>>6] &^= 1 << uint(w&63)
		}
	}
	first := func() int {
		for s, sw := range summary {
			if sw != 0 {
				w := s<<6 + bits.TrailingZeros64(sw)
				return w<<6 + bits.TrailingZeros64(words[w])
			}
		}
		return -1
	}
	for v := 1; v <= n; v++ {
		if indeg[v] == 0 {
			set(v)
		}
	}
	order := make([]int, 0, n)
	for u := first(); u >= 0; u = first() {
		clear(u)
		order = append(order, u)
		for _, v := range succ[u] {
			indeg[v]--
			if indeg[v] == 0 {
				set(v)
			}
		}
	}
	if len(order) < n {
		return nil
	}
	return order
}
