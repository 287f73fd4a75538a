func strongSummary(n int, arcs [][]int) []int {
	// adjacency in compressed rows
	start := make([]int32, n+2)
	for _, a := range arcs {
		start[a[0]+1]++
	}
	for v := 1; v <= n+1; v++ {
		start[v] += start[v-1]
	}
	fill := append([]int32(nil), start...)
	to := make([]int32, len(arcs))
	for _, a := range arcs {
		to[fill[a[0]]] = int32(a[1])
		fill[a[0]]++
	}
	index := make([]int32, n+1)
	low := make([]int32, n+1)
	ptr := make([]int32, n+1)
	onStack := make([]bool, n+1)
	stack := make([]int32, 0, n)
	call := make([]int32, 0, n)
	var counter int32
	groups, largest := 0, 0
	for root := int32(1); root <= int32(n); root++ {
		if index[root] != 0 {
			continue
		}
		counter++
		index[root], low[root] = counter, counter
		ptr[root] = start[root]
		stack = append(stack, root)
		onStack[root] = true
		call = append(call, root)
		for len(call) > 0 {
			v := call[len(call)-1]
			if ptr[v] < start[v+1] {
				w := to[ptr[v]]
				ptr[v]++
				if index[w] == 0 {
					counter++
					index[w], low[w] = counter, counter
					ptr[w] = start[w]
					stack = append(stack, w)
					onStack[w] = true
					call = append(call, w)
				} else if onStack[w] && index[w] < low[v] {
					low[v] = index[w]
				}
				continue
			}
			call = call[:len(call)-1]
			if len(call) > 0 {
				p := call[len(call)-1]
				if low[v] < low[p] {
					low[p] = low[v]
				}
			}
			if low[v] == index[v] {
				size := 0
				for {
					w := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					onStack[w] = false
					size++
					if w == v {
						break
					}
				}
				groups++
				if size > largest {
					largest = size
				}
			}
		}
	}
	return []int{groups, largest}
}
