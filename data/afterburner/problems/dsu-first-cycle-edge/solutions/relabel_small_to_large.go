func firstCycleEdge(n int, edges [][]int) int {
	// A group id per vertex; merging moves the smaller member list into the larger.
	group := make([]int, n+1)
	members := make([][]int, n+1)
	for v := 0; v <= n; v++ {
		group[v] = v
		members[v] = []int{v}
	}
	for i, e := range edges {
		a, b := group[e[0]], group[e[1]]
		if a == b {
			return i + 1
		}
		if len(members[a]) < len(members[b]) {
			a, b = b, a
		}
		for _, w := range members[b] {
			group[w] = a
		}
		members[a] = append(members[a], members[b]...)
		members[b] = nil
	}
	return 0
}
