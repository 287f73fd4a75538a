func treeHeight(n int, edges [][]int) int {
	adj := make([][]int, n+1)
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], e[1])
		adj[e[1]] = append(adj[e[1]], e[0])
	}
	parent := make([]int, n+1)
	parent[1] = -1
	stack := []int{1}
	for len(stack) > 0 {
		node := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, nxt := range adj[node] {
			if nxt != parent[node] {
				parent[nxt] = node
				stack = append(stack, nxt)
			}
		}
	}
	// walk from every vertex up to the root and keep the longest walk
	best := 0
	for v := 2; v <= n; v++ {
		steps := 0
		for x := v; x != 1; x = parent[x] {
			steps++
		}
		if steps > best {
			best = steps
		}
	}
	return best
}
