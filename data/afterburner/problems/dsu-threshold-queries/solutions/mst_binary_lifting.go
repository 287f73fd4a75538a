import "sort"

func reachableUnder(n int, edges [][]int, queries [][]int) string {
	// Minimum spanning forest, then the heaviest edge on the tree path between
	// a and b (binary lifting) decides the query.
	const LOG = 17
	es := make([][]int, len(edges))
	copy(es, edges)
	sort.Slice(es, func(a, b int) bool { return es[a][2] < es[b][2] })
	dsu := make([]int, n+1)
	for i := range dsu {
		dsu[i] = i
	}
	find := func(x int) int {
		for dsu[x] != x {
			dsu[x] = dsu[dsu[x]]
			x = dsu[x]
		}
		return x
	}
	type arc struct{ to, w int }
	tree := make([][]arc, n+1)
	for _, e := range es {
		a, b := find(e[0]), find(e[1])
		if a == b {
			continue
		}
		dsu[a] = b
		tree[e[0]] = append(tree[e[0]], arc{e[1], e[2]})
		tree[e[1]] = append(tree[e[1]], arc{e[0], e[2]})
	}
	var up, mx [LOG][]int
	for k := 0; k < LOG; k++ {
		up[k] = make([]int, n+1)
		mx[k] = make([]int, n+1)
	}
	depth := make([]int, n+1)
	for i := range depth {
		depth[i] = -1
	}
	comp := make([]int, n+1)
	order := make([]int, 0, n)
	for r := 1; r <= n; r++ {
		if depth[r] >= 0 {
			continue
		}
		depth[r], up[0][r], comp[r] = 0, r, r
		h := len(order)
		order = append(order, r)
		for ; h < len(order); h++ {
			x := order[h]
			for _, ar := range tree[x] {
				y := ar.to
				if depth[y] >= 0 {
					continue
				}
				depth[y], up[0][y], mx[0][y], comp[y] = depth[x]+1, x, ar.w, r
				order = append(order, y)
			}
		}
	}
	for k := 1; k < LOG; k++ {
		for v := 1; v <= n; v++ {
			mid := up[k-1][v]
			up[k][v] = up[k-1][mid]
			mx[k][v] = maxOf(mx[k-1][v], mx[k-1][mid])
		}
	}
	answer := make([]byte, len(queries))
	for i, q := range queries {
		a, b, t := q[0], q[1], q[2]
		ok := false
		if a == b {
			ok = true
		} else if comp[a] == comp[b] {
			best := 0
			if depth[a] < depth[b] {
				a, b = b, a
			}
			diff := depth[a] - depth[b]
			for k := 0; diff > 0; k, diff = k+1, diff>>1 {
				if diff&1 == 1 {
					best = maxOf(best, mx[k][a])
					a = up[k][a]
				}
			}
			if a != b {
				for k := LOG - 1; k >= 0; k-- {
					if up[k][a] != up[k][b] {
						best = maxOf(best, maxOf(mx[k][a], mx[k][b]))
						a, b = up[k][a], up[k][b]
					}
				}
				best = maxOf(best, maxOf(mx[0][a], mx[0][b]))
			}
			ok = best <= t
		}
		if ok {
			answer[i] = '1'
		} else {
			answer[i] = '0'
		}
	}
	return string(answer)
}

func maxOf(a, b int) int {
	if a > b {
		return a
	}
	return b
}
