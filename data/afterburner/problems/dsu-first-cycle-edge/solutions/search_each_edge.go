func firstCycleEdge(n int, edges [][]int) int {
	// Before adding each edge, search from one endpoint for the other.
	adj := make([][]int, n+1)
	mark := make([]int, n+1)
	stack := make([]int, 0, n+1)
	for i, e := range edges {
		u, v := e[0], e[1]
		stamp := i + 1
		mark[u] = stamp
		stack = append(stack[:0], u)
		for len(stack) > 0 {
			x := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if x == v {
				return stamp
			}
			for _, y := range adj[x] {
				if mark[y] != stamp {
					mark[y] = stamp
					stack = append(stack, y)
				}
			}
		}
		adj[u] = append(adj[u], v)
		adj[v] = append(adj[v], u)
	}
	return 0
}
