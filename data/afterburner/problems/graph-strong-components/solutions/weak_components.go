func strongSummary(n int, arcs [][]int) []int {
	// group vertices with a union-find over the arcs
	parent := make([]int, n+1)
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
	for _, a := range arcs {
		parent[find(a[0])] = find(a[1])
	}
	size := make([]int, n+1)
	groups, largest := 0, 0
	for v := 1; v <= n; v++ {
		r := find(v)
		if size[r] == 0 {
			groups++
		}
		size[r]++
		if size[r] > largest {
			largest = size[r]
		}
	}
	return []int{groups, largest}
}
