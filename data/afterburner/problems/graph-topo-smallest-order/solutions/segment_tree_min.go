func smallestOrder(n int, rules [][]int) []int {
	// a segment tree over task numbers holds the smallest available task
	succ := make([][]int, n+1)
	indeg := make([]int, n+1)
	for _, r := range rules {
		succ[r[0]] = append(succ[r[0]], r[1])
		indeg[r[1]]++
	}
	size := 1
	for size < n+1 {
		size *= 2
	}
	inf := n + 1
	seg := make([]int, 2*size)
	for i := range seg {
		seg[i] = inf
	}
	for v := 1; v <= n; v++ {
		if indeg[v] == 0 {
			seg[size+v] = v
		}
	}
	min := func(a, b int) int {
		if a < b {
			return a
		}
		return b
	}
	for i := size - 1; i > 0; i-- {
		seg[i] = min(seg[2*i], seg[2*i+1])
	}
	setLeaf := func(i, value int) {
		i += size
		seg[i] = value
		for i >>= 1; i > 0; i >>= 1 {
			seg[i] = min(seg[2*i], seg[2*i+1])
		}
	}
	order := make([]int, 0, n)
	for seg[1] != inf {
		u := seg[1]
		setLeaf(u, inf)
		order = append(order, u)
		for _, v := range succ[u] {
			indeg[v]--
			if indeg[v] == 0 {
				setLeaf(v, v)
			}
		}
	}
	if len(order) < n {
		return nil
	}
	return order
}
