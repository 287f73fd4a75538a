func firstCycleEdge(n int, edges [][]int) int {
	// Flags an edge whose two endpoints were both touched before.
	seen := make([]bool, n+1)
	for i, e := range edges {
		u, v := e[0], e[1]
		if u == v || (seen[u] && seen[v]) {
			return i + 1
		}
		seen[u] = true
		seen[v] = true
	}
	return 0
}
