func countComponents(n int, edges [][]int) int {
	// Sweep the edges, pushing the smaller label across each, until nothing changes.
	label := make([]int, n+1)
	for v := range label {
		label[v] = v
	}
	changed := true
	for changed {
		changed = false
		for _, e := range edges {
			a, b := label[e[0]], label[e[1]]
			if a < b {
				label[e[1]] = a
				changed = true
			} else if b < a {
				label[e[0]] = b
				changed = true
			}
		}
	}
	count := 0
	for v := 1; v <= n; v++ {
		if label[v] == v {
			count++
		}
	}
	return count
}
