func minimumMarked(n int, edges [][]int) int {
	// Adjacency packed into one array (counting sort by endpoint), then an
	// explicit-stack DFS colours each component.
	start := make([]int32, n+2)
	for _, e := range edges {
		start[e[0]+1]++
		start[e[1]+1]++
	}
	for v := 1; v <= n+1; v++ {
		start[v] += start[v-1]
	}
	adj := make([]int32, 2*len(edges))
	fill := make([]int32, n+1)
	copy(fill, start[:n+1])
	for _, e := range edges {
		adj[fill[e[0]]] = int32(e[1])
		fill[e[0]]++
		adj[fill[e[1]]] = int32(e[0])
		fill[e[1]]++
	}
	side := make([]int8, n+1)
	stack := make([]int32, 0, n)
	answer := 0
	for r := 1; r <= n; r++ {
		if side[r] != 0 || start[r] == start[r+1] {
			continue
		}
		side[r] = 1
		count := [3]int{0, 1, 0}
		stack = append(stack[:0], int32(r))
		for len(stack) > 0 {
			u := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			other := 3 - side[u]
			for _, v := range adj[start[u]:start[u+1]] {
				if side[v] == 0 {
					side[v] = other
					count[other]++
					stack = append(stack, v)
				} else if side[v] != other {
					return -1
				}
			}
		}
		if count[1] < count[2] {
			answer += count[1]
		} else {
			answer += count[2]
		}
	}
	return answer
}
