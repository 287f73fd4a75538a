func minCost(n int, arcs [][]int) int {
	// Dijkstra with decrease-key: every vertex sits in the heap at most once
	type arc struct{ v, w int }
	adj := make([][]arc, n+1)
	for _, a := range arcs {
		adj[a[0]] = append(adj[a[0]], arc{a[1], a[2]})
	}
	const inf = 1 << 60
	dist := make([]int, n+1)
	pos := make([]int, n+1) // -1 never queued, -2 settled
	for i := range dist {
		dist[i] = inf
		pos[i] = -1
	}
	heap := make([]int, 0, n)
	siftUp := func(i int) {
		v := heap[i]
		for i > 0 {
			p := (i - 1) / 2
			if dist[heap[p]] <= dist[v] {
				break
			}
			heap[i] = heap[p]
			pos[heap[i]] = i
			i = p
		}
		heap[i] = v
		pos[v] = i
	}
	siftDown := func(i int) {
		v := heap[i]
		for {
			c := 2*i + 1
			if c >= len(heap) {
				break
			}
			if c+1 < len(heap) && dist[heap[c+1]] < dist[heap[c]] {
				c++
			}
			if dist[heap[c]] >= dist[v] {
				break
			}
			heap[i] = heap[c]
			pos[heap[i]] = i
			i = c
		}
		heap[i] = v
		pos[v] = i
	}
	dist[1] = 0
	heap = append(heap, 1)
	pos[1] = 0
	for len(heap) > 0 {
		u := heap[0]
		pos[u] = -2
		last := heap[len(heap)-1]
		heap = heap[:len(heap)-1]
		if len(heap) > 0 {
			heap[0] = last
			siftDown(0)
		}
		if u == n {
			return dist[u]
		}
		for _, e := range adj[u] {
			if pos[e.v] == -2 || dist[u]+e.w >= dist[e.v] {
				continue
			}
			dist[e.v] = dist[u] + e.w
			if pos[e.v] == -1 {
				heap = append(heap, e.v)
				siftUp(len(heap) - 1)
			} else {
				siftUp(pos[e.v])
			}
		}
	}
	return -1
}
