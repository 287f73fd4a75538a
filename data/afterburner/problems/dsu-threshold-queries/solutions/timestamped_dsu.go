import "sort"

func reachableUnder(n int, edges [][]int, queries [][]int) string {
	// Union by size without compression; every link keeps the weight that made
	// it, so a query climbs only links of weight <= t. Depth stays O(log n).
	parent := make([]int, n+1)
	size := make([]int, n+1)
	linkW := make([]int, n+1)
	for i := range parent {
		parent[i] = i
		size[i] = 1
	}
	es := make([][]int, len(edges))
	copy(es, edges)
	sort.Slice(es, func(a, b int) bool { return es[a][2] < es[b][2] })
	for _, e := range es {
		a, b := e[0], e[1]
		for parent[a] != a {
			a = parent[a]
		}
		for parent[b] != b {
			b = parent[b]
		}
		if a == b {
			continue
		}
		if size[a] < size[b] {
			a, b = b, a
		}
		parent[b] = a
		linkW[b] = e[2]
		size[a] += size[b]
	}
	answer := make([]byte, len(queries))
	for i, q := range queries {
		a, b, t := q[0], q[1], q[2]
		for parent[a] != a && linkW[a] <= t {
			a = parent[a]
		}
		for parent[b] != b && linkW[b] <= t {
			b = parent[b]
		}
		if a == b {
			answer[i] = '1'
		} else {
			answer[i] = '0'
		}
	}
	return string(answer)
}
