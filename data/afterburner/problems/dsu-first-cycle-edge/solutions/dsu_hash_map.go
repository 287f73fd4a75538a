func firstCycleEdge(n int, edges [][]int) int {
	// Parents live in a map; a vertex missing from it is its own root.
	parent := make(map[int]int)
	find := func(x int) int {
		r := x
		for {
			p, ok := parent[r]
			if !ok {
				break
			}
			r = p
		}
		for x != r {
			up := parent[x]
			parent[x] = r
			x = up
		}
		return r
	}
	for i, e := range edges {
		a, b := find(e[0]), find(e[1])
		if a == b {
			return i + 1
		}
		parent[a] = b
	}
	return 0
}
