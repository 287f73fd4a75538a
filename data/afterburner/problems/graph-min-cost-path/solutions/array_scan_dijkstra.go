func minCost(n int, arcs [][]int) int {
	// Dijkstra without a heap: scan all vertices for the closest unsettled one
	type arc struct{ v, w int }
	adj := make([][]arc, n+1)
	for _, a := range arcs {
		adj[a[0]] = append(adj[a[0]], arc{a[1], a[2]})
	}
	const inf = 1 << 60
	dist := make([]int, n+1)
	for i := range dist {
		dist[i] = inf
	}
	done := make([]bool, n+1)
	dist[1] = 0
	for {
		u := -1
		for v := 1; v <= n; v++ {
			if !done[v] && dist[v] != inf && (u < 0 || dist[v] < dist[u]) {
				u = v
			}
		}
		if u < 0 {
			return -1
		}
		if u == n {
			return dist[u]
		}
		done[u] = true
		for _, e := range adj[u] {
			if dist[u]+e.w < dist[e.v] {
				dist[e.v] = dist[u] + e.w
			}
		}
	}
}
