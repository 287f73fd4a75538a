func pathLengths(n int, edges [][]int, queries [][]int) []int {
	adj := make([][]int, n+1)
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], e[1])
		adj[e[1]] = append(adj[e[1]], e[0])
	}
	type ask struct{ other, index int }
	asked := make([][]ask, n+1)
	for i, qv := range queries {
		asked[qv[0]] = append(asked[qv[0]], ask{qv[1], i})
		asked[qv[1]] = append(asked[qv[1]], ask{qv[0], i})
	}
	// union-find over finished subtrees; anc[root] is the open vertex they hang from
	dsu := make([]int, n+1)
	anc := make([]int, n+1)
	for v := range dsu {
		dsu[v], anc[v] = v, v
	}
	find := func(x int) int {
		for dsu[x] != x {
			dsu[x] = dsu[dsu[x]]
			x = dsu[x]
		}
		return x
	}
	depth := make([]int, n+1)
	done := make([]bool, n+1)
	res := make([]int, len(queries))
	type frame struct {
		v, p    int
		closing bool
	}
	stack := []frame{{1, 0, false}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !f.closing {
			stack = append(stack, frame{f.v, f.p, true})
			for _, w := range adj[f.v] {
				if w != f.p {
					depth[w] = depth[f.v] + 1
					stack = append(stack, frame{w, f.v, false})
				}
			}
			continue
		}
		done[f.v] = true
		for _, a := range asked[f.v] {
			if done[a.other] {
				res[a.index] = depth[f.v] + depth[a.other] - 2*depth[anc[find(a.other)]]
			}
		}
		if f.p != 0 {
			rv, rp := find(f.v), find(f.p)
			dsu[rv] = rp
			anc[rp] = f.p
		}
	}
	return res
}
