func countComponents(n int, edges [][]int) int {
	neighbours := make(map[int]map[int]bool)
	link := func(a, b int) {
		s, ok := neighbours[a]
		if !ok {
			s = make(map[int]bool)
			neighbours[a] = s
		}
		s[b] = true
	}
	for _, e := range edges {
		link(e[0], e[1])
		link(e[1], e[0])
	}
	unvisited := make(map[int]bool, n)
	for v := 1; v <= n; v++ {
		unvisited[v] = true
	}
	pieces := 0
	stack := []int{}
	for v := 1; v <= n; v++ {
		if !unvisited[v] {
			continue
		}
		delete(unvisited, v)
		pieces++
		stack = append(stack, v)
		for len(stack) > 0 {
			x := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for y := range neighbours[x] {
				if unvisited[y] {
					delete(unvisited, y)
					stack = append(stack, y)
				}
			}
		}
	}
	return pieces
}
