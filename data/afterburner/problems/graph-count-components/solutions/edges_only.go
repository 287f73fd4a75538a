func countComponents(n int, edges [][]int) int {
	// Counts pieces among the vertices that appear in some edge.
	parent := make(map[int]int)
	find := func(x int) int {
		for parent[x] != x {
			up := parent[parent[x]]
			parent[x] = up
			x = up
		}
		return x
	}
	for _, e := range edges {
		if _, ok := parent[e[0]]; !ok {
			parent[e[0]] = e[0]
		}
		if _, ok := parent[e[1]]; !ok {
			parent[e[1]] = e[1]
		}
		a, b := find(e[0]), find(e[1])
		if a != b {
			parent[a] = b
		}
	}
	roots := 0
	for x, p := range parent {
		if x == p {
			roots++
		}
	}
	return roots
}
