func strongSummary(n int, arcs [][]int) []int {
	// each ungrouped vertex: its group is what it reaches that also reaches it back
	fwd := make([][]int, n+1)
	bwd := make([][]int, n+1)
	for _, a := range arcs {
		fwd[a[0]] = append(fwd[a[0]], a[1])
		bwd[a[1]] = append(bwd[a[1]], a[0])
	}
	markF := make([]int, n+1)
	markB := make([]int, n+1)
	grouped := make([]bool, n+1)
	stack := make([]int, 0, n)
	reach := func(s int, adj [][]int, mark []int) {
		mark[s] = s
		stack = append(stack[:0], s)
		for len(stack) > 0 {
			v := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for _, w := range adj[v] {
				if mark[w] != s {
					mark[w] = s
					stack = append(stack, w)
				}
			}
		}
	}
	groups, largest := 0, 0
	for v := 1; v <= n; v++ {
		if grouped[v] {
			continue
		}
		reach(v, fwd, markF)
		reach(v, bwd, markB)
		size := 0
		for w := 1; w <= n; w++ {
			if markF[w] == v && markB[w] == v {
				grouped[w] = true
				size++
			}
		}
		groups++
		if size > largest {
			largest = size
		}
	}
	return []int{groups, largest}
}
