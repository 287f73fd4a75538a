func smallestOrder(n int, rules [][]int) []int {
	// a Fenwick tree counts available tasks; descend it to the first one
	succ := make([][]int, n+1)
	indeg := make([]int, n+1)
	for _, r := range rules {
		succ[r[0]] = append(succ[r[0]], r[1])
		indeg[r[1]]++
	}
	tree := make([]int, n+1)
	add := func(i, delta int) {
		for ; i <= n; i += i & -i {
			tree[i] += delta
		}
	}
	available := 0
	for v := 1; v <= n; v++ {
		if indeg[v] == 0 {
			add(v, 1)
			available++
		}
	}
	top := 1
	for top*2 <= n {
		top *= 2
	}
	order := make([]int, 0, n)
	for available > 0 {
		pos := 0
		for step := top; step > 0; step >>= 1 {
			if pos+step <= n && tree[pos+step] == 0 {
				pos += step
			}
		}
		u := pos + 1
		add(u, -1)
		available--
		order = append(order, u)
		for _, v := range succ[u] {
			indeg[v]--
			if indeg[v] == 0 {
				add(v, 1)
				available++
			}
		}
	}
	if len(order) < n {
		return nil
	}
	return order
}
