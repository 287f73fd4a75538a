func pathLengths(n int, edges [][]int, queries [][]int) []int {
	adj := make([][]int, n+1)
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], e[1])
		adj[e[1]] = append(adj[e[1]], e[0])
	}
	// a fresh breadth-first search from u for every query, stopping at v
	dist := make([]int, n+1)
	stamp := make([]int, n+1)
	for i := range stamp {
		stamp[i] = -1
	}
	queue := make([]int, n)
	res := make([]int, len(queries))
	for qi, qv := range queries {
		u, v := qv[0], qv[1]
		head, tail := 0, 0
		queue[tail] = u
		tail++
		stamp[u] = qi
		dist[u] = 0
		for head < tail && stamp[v] != qi {
			x := queue[head]
			head++
			for _, y := range adj[x] {
				if stamp[y] != qi {
					stamp[y] = qi
					dist[y] = dist[x] + 1
					queue[tail] = y
					tail++
				}
			}
		}
		res[qi] = dist[v]
	}
	return res
}
