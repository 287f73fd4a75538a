func reachableUnder(n int, edges [][]int, queries [][]int) string {
	// For every query, build fresh disjoint sets from the edges under the cap.
	parent := make([]int, n+1)
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	answer := make([]byte, len(queries))
	for i, q := range queries {
		for v := range parent {
			parent[v] = v
		}
		for _, e := range edges {
			if e[2] <= q[2] {
				parent[find(e[0])] = find(e[1])
			}
		}
		if find(q[0]) == find(q[1]) {
			answer[i] = '1'
		} else {
			answer[i] = '0'
		}
	}
	return string(answer)
}
