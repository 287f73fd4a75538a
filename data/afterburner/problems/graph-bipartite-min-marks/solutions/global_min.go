func minimumMarked(n int, edges [][]int) int {
	// Colours everything, then marks the smaller colour class over the whole graph.
	adj := make([][]int, n+1)
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], e[1])
		adj[e[1]] = append(adj[e[1]], e[0])
	}
	color := make([]int, n+1)
	for i := range color {
		color[i] = -1
	}
	count := [2]int{}
	queue := make([]int, 0, n)
	for s := 1; s <= n; s++ {
		if color[s] != -1 || len(adj[s]) == 0 {
			continue
		}
		color[s] = 0
		count[0]++
		queue = append(queue[:0], s)
		for h := 0; h < len(queue); h++ {
			u := queue[h]
			for _, v := range adj[u] {
				if color[v] == -1 {
					color[v] = 1 - color[u]
					count[color[v]]++
					queue = append(queue, v)
				} else if color[v] == color[u] {
					return -1
				}
			}
		}
	}
	if count[0] < count[1] {
		return count[0]
	}
	return count[1]
}
