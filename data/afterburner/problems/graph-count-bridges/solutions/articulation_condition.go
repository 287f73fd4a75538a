func countBridges(n int, edges [][]int) int {
	graph := make([][]int, n+1)
	for _, e := range edges {
		graph[e[0]] = append(graph[e[0]], e[1])
		graph[e[1]] = append(graph[e[1]], e[0])
	}
	disc := make([]int, n+1)
	low := make([]int, n+1)
	parent := make([]int, n+1)
	next := make([]int, n+1)
	var stack []int
	clock, found := 0, 0
	for root := 1; root <= n; root++ {
		if disc[root] != 0 {
			continue
		}
		clock++
		disc[root], low[root] = clock, clock
		stack = append(stack, root)
		for len(stack) > 0 {
			u := stack[len(stack)-1]
			if next[u] < len(graph[u]) {
				v := graph[u][next[u]]
				next[u]++
				if v == parent[u] {
					continue
				}
				if disc[v] != 0 {
					if disc[v] < low[u] {
						low[u] = disc[v]
					}
				} else {
					clock++
					disc[v], low[v] = clock, clock
					parent[v] = u
					stack = append(stack, v)
				}
				continue
			}
			stack = stack[:len(stack)-1]
			if len(stack) > 0 {
				p := stack[len(stack)-1]
				if low[u] < low[p] {
					low[p] = low[u]
				}
				if low[u] >= disc[p] {
					found++
				}
			}
		}
	}
	return found
}
