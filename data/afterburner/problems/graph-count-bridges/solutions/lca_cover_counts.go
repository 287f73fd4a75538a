func countBridges(n int, edges [][]int) int {
	// BFS spanning forest; every non-tree edge u-v covers the tree path u..v.
	// With binary lifting for the LCA, add +1 at u and v and -2 at the LCA:
	// the subtree sum below a tree edge counts the edges covering it.
	type arc struct{ to, id int }
	adj := make([][]arc, n+1)
	for i, e := range edges {
		adj[e[0]] = append(adj[e[0]], arc{e[1], i})
		adj[e[1]] = append(adj[e[1]], arc{e[0], i})
	}
	parent := make([]int, n+1)
	depth := make([]int, n+1)
	for v := range depth {
		depth[v] = -1
	}
	order := make([]int, 0, n)
	inTree := make([]bool, len(edges))
	for root := 1; root <= n; root++ {
		if depth[root] >= 0 {
			continue
		}
		depth[root] = 0
		parent[root] = root
		order = append(order, root)
		for head := len(order) - 1; head < len(order); head++ {
			u := order[head]
			for _, a := range adj[u] {
				if depth[a.to] < 0 {
					depth[a.to] = depth[u] + 1
					parent[a.to] = u
					inTree[a.id] = true
					order = append(order, a.to)
				}
			}
		}
	}
	maxDepth := 0
	for v := 1; v <= n; v++ {
		if depth[v] > maxDepth {
			maxDepth = depth[v]
		}
	}
	levels := 1
	for 1<<levels <= maxDepth {
		levels++
	}
	up := [][]int{parent}
	for k := 1; k < levels; k++ {
		prev, next := up[k-1], make([]int, n+1)
		for v := range next {
			next[v] = prev[prev[v]]
		}
		up = append(up, next)
	}
	lca := func(a, b int) int {
		if depth[a] < depth[b] {
			a, b = b, a
		}
		for k, diff := 0, depth[a]-depth[b]; diff > 0; k, diff = k+1, diff>>1 {
			if diff&1 == 1 {
				a = up[k][a]
			}
		}
		if a == b {
			return a
		}
		for k := levels - 1; k >= 0; k-- {
			if up[k][a] != up[k][b] {
				a, b = up[k][a], up[k][b]
			}
		}
		return parent[a]
	}
	cover := make([]int, n+1)
	for i, e := range edges {
		if inTree[i] {
			continue
		}
		cover[e[0]]++
		cover[e[1]]++
		cover[lca(e[0], e[1])] -= 2
	}
	bridges := 0
	for j := n - 1; j >= 0; j-- {
		v := order[j]
		if parent[v] == v {
			continue
		}
		cover[parent[v]] += cover[v]
		if cover[v] == 0 {
			bridges++
		}
	}
	return bridges
}
