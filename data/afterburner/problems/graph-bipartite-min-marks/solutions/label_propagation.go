func minimumMarked(n int, edges [][]int) int {
	// Sweep the edges until stable: a vertex adopts a smaller component label
	// from a neighbour together with the opposite colour.
	label := make([]int, n+1)
	color := make([]int, n+1)
	for i := range label {
		label[i] = i
	}
	changed := true
	for changed {
		changed = false
		for _, e := range edges {
			u, v := e[0], e[1]
			if label[u] < label[v] {
				label[v], color[v], changed = label[u], color[u]^1, true
			} else if label[v] < label[u] {
				label[u], color[u], changed = label[v], color[v]^1, true
			}
		}
	}
	ones := make([]int, n+1)
	members := make([]int, n+1)
	touched := make([]bool, n+1)
	for _, e := range edges {
		if color[e[0]] == color[e[1]] {
			return -1
		}
		touched[e[0]] = true
		touched[e[1]] = true
	}
	for x := 1; x <= n; x++ {
		if touched[x] {
			members[label[x]]++
			ones[label[x]] += color[x]
		}
	}
	total := 0
	for r := 1; r <= n; r++ {
		if ones[r] < members[r]-ones[r] {
			total += ones[r]
		} else {
			total += members[r] - ones[r]
		}
	}
	return total
}
