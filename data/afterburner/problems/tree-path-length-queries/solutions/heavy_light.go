func pathLengths(n int, edges [][]int, queries [][]int) []int {
	adj := make([][]int, n+1)
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], e[1])
		adj[e[1]] = append(adj[e[1]], e[0])
	}
	parent := make([]int, n+1)
	depth := make([]int, n+1)
	order := make([]int, 0, n)
	order = append(order, 1)
	for i := 0; i < len(order); i++ {
		v := order[i]
		for _, w := range adj[v] {
			if w != parent[v] {
				parent[w] = v
				depth[w] = depth[v] + 1
				order = append(order, w)
			}
		}
	}
	size := make([]int, n+1)
	heavy := make([]int, n+1)
	head := make([]int, n+1)
	for i := range size {
		size[i] = 1
	}
	for i := n - 1; i > 0; i-- {
		v := order[i]
		p := parent[v]
		size[p] += size[v]
		if heavy[p] == 0 || size[v] > size[heavy[p]] {
			heavy[p] = v
		}
	}
	for _, v := range order { // parents come before children in BFS order
		p := parent[v]
		if p != 0 && heavy[p] == v {
			head[v] = head[p]
		} else {
			head[v] = v
		}
	}
	res := make([]int, len(queries))
	for i, qv := range queries {
		a, b := qv[0], qv[1]
		for head[a] != head[b] {
			if depth[head[a]] > depth[head[b]] {
				a = parent[head[a]]
			} else {
				b = parent[head[b]]
			}
		}
		l := b
		if depth[a] < depth[b] {
			l = a
		}
		res[i] = depth[qv[0]] + depth[qv[1]] - 2*depth[l]
	}
	return res
}
