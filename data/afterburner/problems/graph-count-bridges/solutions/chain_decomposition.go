func countBridges(n int, edges [][]int) int {
	// Build a DFS forest; every back edge marks the tree path it spans as
	// "on a cycle", walking up until an already visited vertex. Tree edges
	// that stay unmarked are the bridges. The adjacency lists live in a map
	// keyed by vertex (isolated vertices have none).
	adj := map[int][]int{}
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], e[1])
		adj[e[1]] = append(adj[e[1]], e[0])
	}
	order := make([]int, n+1)
	parent := make([]int, n+1)
	next := make([]int, n+1)
	preorder := make([]int, 0, n)
	var stack []int
	t := 0
	for root := 1; root <= n; root++ {
		if order[root] != 0 {
			continue
		}
		t++
		order[root] = t
		preorder = append(preorder, root)
		stack = append(stack, root)
		for len(stack) > 0 {
			u := stack[len(stack)-1]
			around := adj[u]
			if next[u] == len(around) {
				stack = stack[:len(stack)-1]
				continue
			}
			v := around[next[u]]
			next[u]++
			if order[v] == 0 {
				t++
				order[v] = t
				parent[v] = u
				preorder = append(preorder, v)
				stack = append(stack, v)
			}
		}
	}
	visited := make([]bool, n+1)
	onCycle := make([]bool, n+1) // onCycle[v]: the edge v-parent[v] is covered
	for _, u := range preorder {
		visited[u] = true
		for _, v := range adj[u] {
			// back edge u -> v with v a descendant of u (entered later, not a child)
			if order[v] > order[u] && parent[v] != u {
				for x := v; !visited[x]; x = parent[x] {
					visited[x] = true
					onCycle[x] = true
				}
			}
		}
	}
	bridges := 0
	for v := 1; v <= n; v++ {
		if parent[v] != 0 && !onCycle[v] {
			bridges++
		}
	}
	return bridges
}
