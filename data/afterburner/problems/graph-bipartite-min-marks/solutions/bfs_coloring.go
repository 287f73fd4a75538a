func minimumMarked(n int, edges [][]int) int {
	// Two-colour each component by BFS; the smaller side gets the marks.
	adj := make([][]int, n+1)
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], e[1])
		adj[e[1]] = append(adj[e[1]], e[0])
	}
	color := make([]int, n+1)
	for i := range color {
		color[i] = -1
	}
	queue := make([]int, 0, n)
	total := 0
	for s := 1; s <= n; s++ {
		if color[s] != -1 || len(adj[s]) == 0 {
			continue
		}
		color[s] = 0
		sides := [2]int{1, 0}
		queue = append(queue[:0], s)
		for h := 0; h < len(queue); h++ {
			u := queue[h]
			for _, v := range adj[u] {
				if color[v] == -1 {
					color[v] = color[u] ^ 1
					sides[color[v]]++
					queue = append(queue, v)
				} else if color[v] == color[u] {
					return -1
				}
			}
		}
		if sides[0] < sides[1] {
			total += sides[0]
		} else {
			total += sides[1]
		}
	}
	return total
}
