func countBridges(n int, edges [][]int) int {
	// Spanning forest by an explicit-stack search; each non-tree edge covers
	// its tree path. A union-find jumps over tree edges already covered, so
	// every tree edge is covered at most once.
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
	isTree := make([]bool, len(edges))
	bridges := 0
	var stack []int
	for root := 1; root <= n; root++ {
		if depth[root] >= 0 {
			continue
		}
		depth[root] = 0
		stack = append(stack, root)
		for len(stack) > 0 {
			u := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for _, a := range adj[u] {
				if depth[a.to] < 0 {
					depth[a.to] = depth[u] + 1
					parent[a.to] = u
					isTree[a.id] = true
					bridges++
					stack = append(stack, a.to)
				}
			}
		}
	}
	jump := make([]int, n+1) // jump[v]: towards the highest vertex reachable over covered edges
	for v := range jump {
		jump[v] = v
	}
	top := func(x int) int {
		r := x
		for jump[r] != r {
			r = jump[r]
		}
		for jump[x] != r {
			jump[x], x = r, jump[x]
		}
		return r
	}
	for i, e := range edges {
		if isTree[i] {
			continue
		}
		a, b := top(e[0]), top(e[1])
		for a != b {
			if depth[a] < depth[b] {
				a, b = b, a
			}
			jump[a] = parent[a] // cover the edge a - parent[a]
			bridges--
			a = top(a)
		}
	}
	return bridges
}
