func countComponents(n int, edges [][]int) int {
	// Each vertex carries a label; a merge relabels the smaller member list.
	label := make([]int, n+1)
	members := make([][]int, n+1)
	for v := 0; v <= n; v++ {
		label[v] = v
		members[v] = []int{v}
	}
	count := n
	for _, e := range edges {
		a, b := label[e[0]], label[e[1]]
		if a == b {
			continue
		}
		if len(members[a]) < len(members[b]) {
			a, b = b, a
		}
		for _, w := range members[b] {
			label[w] = a
		}
		members[a] = append(members[a], members[b]...)
		members[b] = nil
		count--
	}
	return count
}
