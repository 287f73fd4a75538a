func pathLengths(n int, edges [][]int, queries [][]int) []int {
	adj := make([][]int, n+1)
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], e[1])
		adj[e[1]] = append(adj[e[1]], e[0])
	}
	LOG := 1
	for (1 << LOG) < n {
		LOG++
	}
	up := make([][]int32, LOG)
	for k := range up {
		up[k] = make([]int32, n+1)
	}
	depth := make([]int, n+1)
	for i := range depth {
		depth[i] = -1
	}
	depth[1] = 0
	up[0][1] = 1
	queue := []int{1}
	for h := 0; h < len(queue); h++ {
		x := queue[h]
		for _, y := range adj[x] {
			if depth[y] < 0 {
				depth[y] = depth[x] + 1
				up[0][y] = int32(x)
				queue = append(queue, y)
			}
		}
	}
	for k := 1; k < LOG; k++ {
		prev, row := up[k-1], up[k]
		for v := 1; v <= n; v++ {
			row[v] = prev[prev[v]]
		}
	}
	res := make([]int, len(queries))
	for i, qv := range queries {
		a, b := qv[0], qv[1]
		if depth[a] < depth[b] {
			a, b = b, a
		}
		for k := LOG - 1; k >= 0; k-- {
			if depth[a]-(1<<k) >= depth[b] {
				a = int(up[k][a])
			}
		}
		for k := LOG - 1; k >= 0; k-- {
			if up[k][a] != up[k][b] {
				a, b = int(up[k][a]), int(up[k][b])
			}
		}
		res[i] = depth[qv[0]] + depth[qv[1]] - 2*depth[up[0][a]]
	}
	return res
}
