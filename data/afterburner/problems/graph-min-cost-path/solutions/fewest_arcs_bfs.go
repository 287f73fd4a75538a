func minCost(n int, arcs [][]int) int {
	type arc struct{ v, w int }
	adj := make([][]arc, n+1)
	for _, a := range arcs {
		adj[a[0]] = append(adj[a[0]], arc{a[1], a[2]})
	}
	cost := make([]int, n+1)
	for i := range cost {
		cost[i] = -1
	}
	cost[1] = 0
	queue := []int{1}
	for head := 0; head < len(queue); head++ {
		u := queue[head]
		for _, e := range adj[u] {
			if cost[e.v] == -1 {
				cost[e.v] = cost[u] + e.w
				queue = append(queue, e.v)
			} else if e.v != 1 && cost[e.v] > cost[u]+e.w {
				cost[e.v] = cost[u] + e.w // improved, but never rescanned
			}
		}
	}
	return cost[n]
}
