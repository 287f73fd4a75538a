func countBridges(n int, edges [][]int) int {
	// adjacency as sets in a map, discovery times and low links in maps; no two
	// edges join the same pair, so the parent edge is skipped by vertex
	adj := map[int]map[int]struct{}{}
	link := func(u, v int) {
		if adj[u] == nil {
			adj[u] = map[int]struct{}{}
		}
		adj[u][v] = struct{}{}
	}
	for _, e := range edges {
		link(e[0], e[1])
		link(e[1], e[0])
	}
	type frame struct {
		u, parent int
		pending   []int // neighbours not looked at yet
	}
	frameOf := func(u, parent int) frame {
		pending := make([]int, 0, len(adj[u]))
		for v := range adj[u] {
			pending = append(pending, v)
		}
		return frame{u, parent, pending}
	}
	disc := map[int]int{}
	low := map[int]int{}
	timer, bridges := 0, 0
	for root := 1; root <= n; root++ {
		if _, ok := disc[root]; ok {
			continue
		}
		timer++
		disc[root], low[root] = timer, timer
		stack := []frame{frameOf(root, 0)}
		for len(stack) > 0 {
			f := &stack[len(stack)-1]
			if len(f.pending) > 0 {
				v := f.pending[len(f.pending)-1]
				f.pending = f.pending[:len(f.pending)-1]
				if v == f.parent {
					continue
				}
				if d, ok := disc[v]; ok {
					if d < low[f.u] {
						low[f.u] = d
					}
				} else {
					timer++
					disc[v], low[v] = timer, timer
					stack = append(stack, frameOf(v, f.u))
				}
				continue
			}
			u, p := f.u, f.parent
			stack = stack[:len(stack)-1]
			if len(stack) > 0 {
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
