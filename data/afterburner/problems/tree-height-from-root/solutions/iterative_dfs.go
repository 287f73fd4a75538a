func treeHeight(n int, edges [][]int) int {
	graph := make([][]int, n+1)
	for _, e := range edges {
		graph[e[0]] = append(graph[e[0]], e[1])
		graph[e[1]] = append(graph[e[1]], e[0])
	}
	type frame struct{ node, parent, depth int }
	height := 0
	stack := []frame{{1, 0, 0}}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if top.depth > height {
			height = top.depth
		}
		for _, child := range graph[top.node] {
			if child != top.parent {
				stack = append(stack, frame{child, top.node, top.depth + 1})
			}
		}
	}
	return height
}
