func treeHeight(n int, edges [][]int) int {
	// parent of each edge's larger end is its smaller end
	parent := make([]int, n+1)
	for _, e := range edges {
		a, b := e[0], e[1]
		if a > b {
			a, b = b, a
		}
		parent[b] = a
	}
	depth := make([]int, n+1)
	best := 0
	for v := 2; v <= n; v++ {
		depth[v] = depth[parent[v]] + 1
		if depth[v] > best {
			best = depth[v]
		}
	}
	return best
}
