func treeHeight(n int, edges [][]int) int {
	neighbours := map[int]map[int]bool{}
	link := func(a, b int) {
		if neighbours[a] == nil {
			neighbours[a] = map[int]bool{}
		}
		neighbours[a][b] = true
	}
	for _, e := range edges {
		link(e[0], e[1])
		link(e[1], e[0])
	}
	visited := map[int]bool{1: true}
	frontier := map[int]bool{1: true}
	levels := 0
	for {
		next := map[int]bool{}
		for node := range frontier {
			for other := range neighbours[node] {
				if !visited[other] {
					visited[other] = true
					next[other] = true
				}
			}
		}
		if len(next) == 0 {
			return levels
		}
		levels++
		frontier = next
	}
}
