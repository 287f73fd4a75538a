func countBridges(n int, edges [][]int) int {
	// adjacency in compressed rows; every arc keeps its edge id, so the search
	// skips exactly the edge it entered a vertex by
	m := len(edges)
	start := make([]int32, n+2)
	for _, e := range edges {
		start[e[0]+1]++
		start[e[1]+1]++
	}
	for v := 1; v <= n+1; v++ {
		start[v] += start[v-1]
	}
	fill := append([]int32(nil), start...)
	to := make([]int32, 2*m)
	id := make([]int32, 2*m)
	for i, e := range edges {
		u, v := e[0], e[1]
		to[fill[u]], id[fill[u]] = int32(v), int32(i)
		fill[u]++
		to[fill[v]], id[fill[v]] = int32(u), int32(i)
		fill[v]++
	}
	disc := make([]int32, n+1)
	low := make([]int32, n+1)
	ptr := make([]int32, n+1)
	via := make([]int32, n+1)
	call := make([]int32, 0, n)
	var timer int32
	bridges := 0
	for root := int32(1); root <= int32(n); root++ {
		if disc[root] != 0 {
			continue
		}
		timer++
		disc[root], low[root] = timer, timer
		ptr[root] = start[root]
		via[root] = -1
		call = append(call, root)
		for len(call) > 0 {
			u := call[len(call)-1]
			if ptr[u] < start[u+1] {
				k := ptr[u]
				ptr[u]++
				if id[k] == via[u] {
					continue
				}
				v := to[k]
				if disc[v] != 0 {
					if disc[v] < low[u] {
						low[u] = disc[v]
					}
				} else {
					timer++
					disc[v], low[v] = timer, timer
					ptr[v] = start[v]
					via[v] = id[k]
					call = append(call, v)
				}
				continue
			}
			call = call[:len(call)-1]
			if len(call) > 0 {
				p := call[len(call)-1]
				if low[u] < low[p] {
					low[p] = low[u]
				}
				if low[u] > disc[p] {
					bridges++
				}
			}
		}
	}
	return bridges
}
