func minCost(n int, arcs [][]int) int {
	// costs are at most 100: a ring of 101 buckets replaces the heap
	const w = 100
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
	ring := make([][]int, w+1)
	dist[1] = 0
	ring[0] = append(ring[0], 1)
	pending := 1
	for d := 0; pending > 0; d++ {
		b := d % (w + 1)
		for len(ring[b]) > 0 {
			u := ring[b][len(ring[b])-1]
			ring[b] = ring[b][:len(ring[b])-1]
			pending--
			if done[u] || dist[u] != d {
				continue
			}
			done[u] = true
			if u == n {
				return d
			}
			for _, e := range adj[u] {
				nd := d + e.w
				if !done[e.v] && nd < dist[e.v] {
					dist[e.v] = nd
					nb := nd % (w + 1)
					ring[nb] = append(ring[nb], e.v)
					pending++
				}
			}
		}
	}
	return -1
}
