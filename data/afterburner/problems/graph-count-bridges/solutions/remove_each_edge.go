func countBridges(n int, edges [][]int) int {
	type arc struct{ to, id int }
	adj := make([][]arc, n+1)
	for i, e := range edges {
		adj[e[0]] = append(adj[e[0]], arc{e[1], i})
		adj[e[1]] = append(adj[e[1]], arc{e[0], i})
	}
	seen := make([]int, n+1)
	for v := range seen {
		seen[v] = -1
	}
	count := 0
	var stack []int
	for banned, e := range edges {
		// can v still be reached from u without edge `banned`?
		u, v := e[0], e[1]
		reached := false
		seen[u] = banned
		stack = append(stack[:0], u)
		for len(stack) > 0 && !reached {
			x := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for _, a := range adj[x] {
				if a.id == banned || seen[a.to] == banned {
					continue
				}
				if a.to == v {
					reached = true
					break
				}
				seen[a.to] = banned
				stack = append(stack, a.to)
			}
		}
		if !reached {
			count++
		}
	}
	return count
}
