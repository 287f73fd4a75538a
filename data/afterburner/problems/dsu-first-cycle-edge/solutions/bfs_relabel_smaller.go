func firstCycleEdge(n int, edges [][]int) int {
	// Component id per vertex; a join re-labels the smaller side by a BFS
	// over the edges added so far.
	comp := make([]int, n+1)
	size := make([]int, n+1)
	for i := range comp {
		comp[i] = i
		size[i] = 1
	}
	adj := make([][]int, n+1)
	queue := make([]int, 0, n+1)
	for i, e := range edges {
		u, v := e[0], e[1]
		cu, cv := comp[u], comp[v]
		if cu == cv {
			return i + 1
		}
		if size[cu] > size[cv] {
			u, v, cu, cv = v, u, cv, cu
		}
		size[cv] += size[cu]
		comp[u] = cv
		queue = append(queue[:0], u)
		for h := 0; h < len(queue); h++ {
			for _, y := range adj[queue[h]] {
				if comp[y] == cu {
					comp[y] = cv
					queue = append(queue, y)
				}
			}
		}
		adj[u] = append(adj[u], v)
		adj[v] = append(adj[v], u)
	}
	return 0
}
