func countComponents(n int, edges [][]int) int {
	adj := make([][]int, n+1)
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], e[1])
		adj[e[1]] = append(adj[e[1]], e[0])
	}
	seen := make([]bool, n+1)
	queue := make([]int, 0, n)
	components := 0
	for s := 1; s <= n; s++ {
		if seen[s] {
			continue
		}
		components++
		seen[s] = true
		queue = append(queue[:0], s)
		for head := 0; head < len(queue); head++ {
			for _, y := range adj[queue[head]] {
				if !seen[y] {
					seen[y] = true
					queue = append(queue, y)
				}
			}
		}
	}
	return components
}
