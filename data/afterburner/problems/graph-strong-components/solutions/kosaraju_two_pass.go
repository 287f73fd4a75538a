func strongSummary(n int, arcs [][]int) []int {
	fwd := make([][]int, n+1)
	rev := make([][]int, n+1)
	for _, a := range arcs {
		fwd[a[0]] = append(fwd[a[0]], a[1])
		rev[a[1]] = append(rev[a[1]], a[0])
	}
	// pass 1: vertices by finishing time
	seen := make([]bool, n+1)
	ptr := make([]int, n+1)
	finish := make([]int, 0, n)
	var stack []int
	for s := 1; s <= n; s++ {
		if seen[s] {
			continue
		}
		seen[s] = true
		stack = append(stack, s)
		for len(stack) > 0 {
			v := stack[len(stack)-1]
			if ptr[v] < len(fwd[v]) {
				w := fwd[v][ptr[v]]
				ptr[v]++
				if !seen[w] {
					seen[w] = true
					stack = append(stack, w)
				}
			} else {
				stack = stack[:len(stack)-1]
				finish = append(finish, v)
			}
		}
	}
	// pass 2: flood the reversed graph in decreasing finishing time
	done := make([]bool, n+1)
	groups, largest := 0, 0
	for i := len(finish) - 1; i >= 0; i-- {
		s := finish[i]
		if done[s] {
			continue
		}
		done[s] = true
		groups++
		size := 0
		stack = append(stack, s)
		for len(stack) > 0 {
			v := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			size++
			for _, w := range rev[v] {
				if !done[w] {
					done[w] = true
					stack = append(stack, w)
				}
			}
		}
		if size > largest {
			largest = size
		}
	}
	return []int{groups, largest}
}
