func treeHeight(n int, edges [][]int) int {
	// adjacency in compressed form: neighbours of v are adj[start[v] .. start[v+1])
	start := make([]int32, n+2)
	adj := make([]int32, 2*(n-1))
	for _, e := range edges {
		start[e[0]+1]++
		start[e[1]+1]++
	}
	for v := 1; v <= n+1; v++ {
		start[v] += start[v-1]
	}
	fill := append([]int32(nil), start[:n+1]...)
	for _, e := range edges {
		adj[fill[e[0]]] = int32(e[1])
		fill[e[0]]++
		adj[fill[e[1]]] = int32(e[0])
		fill[e[1]]++
	}
	depth := make([]int32, n+1)
	for i := range depth {
		depth[i] = -1
	}
	queue := make([]int32, 0, n)
	depth[1] = 0
	queue = append(queue, 1)
	best := int32(0)
	for head := 0; head < len(queue); head++ {
		node := queue[head]
		for i := start[node]; i < start[node+1]; i++ {
			nxt := adj[i]
			if depth[nxt] < 0 {
				depth[nxt] = depth[node] + 1
				if depth[nxt] > best {
					best = depth[nxt]
				}
				queue = append(queue, nxt)
			}
		}
	}
	return int(best)
}
