func minimumMarked(n int, edges [][]int) int {
	// Node x means "x is marked", x + n means "x is not marked"; an edge ties
	// each end's state to the other end's opposite state.
	parent := make([]int, 2*n+1)
	for i := range parent {
		parent[i] = i
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	unite := func(a, b int) {
		a, b = find(a), find(b)
		if a != b {
			parent[a] = b
		}
	}
	for _, e := range edges {
		unite(e[0], e[1]+n)
		unite(e[0]+n, e[1])
	}
	group := make(map[int]int)
	for x := 1; x <= n; x++ {
		r := find(x)
		if r == find(x+n) {
			return -1
		}
		group[r]++
	}
	done := make(map[int]bool)
	total := 0
	for x := 1; x <= n; x++ {
		a, b := find(x), find(x+n)
		if done[a] {
			continue
		}
		done[a] = true
		done[b] = true
		if group[a] < group[b] {
			total += group[a]
		} else {
			total += group[b]
		}
	}
	return total
}
