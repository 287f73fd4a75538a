func firstCycleEdge(n int, edges [][]int) int {
	// Union by rank bounds the depth by log n, so roots are found by plain walks.
	parent := make([]int, n+1)
	rank := make([]int, n+1)
	for i := range parent {
		parent[i] = i
	}
	for i, e := range edges {
		a, b := e[0], e[1]
		for parent[a] != a {
			a = parent[a]
		}
		for parent[b] != b {
			b = parent[b]
		}
		if a == b {
			return i + 1
		}
		if rank[a] < rank[b] {
			a, b = b, a
		}
		parent[b] = a
		if rank[a] == rank[b] {
			rank[a]++
		}
	}
	return 0
}
