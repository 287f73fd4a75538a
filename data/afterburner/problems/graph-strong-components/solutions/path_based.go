func strongSummary(n int, arcs [][]int) []int {
	// path-based search (Gabow): stack S of vertices, stack P of group boundaries
	adj := make([][]int, n+1)
	for _, a := range arcs {
		adj[a[0]] = append(adj[a[0]], a[1])
	}
	pre := make([]int, n+1)
	ptr := make([]int, n+1)
	assigned := make([]bool, n+1)
	var S, P, call []int
	counter, groups, largest := 0, 0, 0
	for root := 1; root <= n; root++ {
		if pre[root] != 0 {
			continue
		}
		counter++
		pre[root] = counter
		S = append(S, root)
		P = append(P, root)
		call = append(call, root)
		for len(call) > 0 {
			v := call[len(call)-1]
			if ptr[v] < len(adj[v]) {
				w := adj[v][ptr[v]]
				ptr[v]++
				if pre[w] == 0 {
					counter++
					pre[w] = counter
					S = append(S, w)
					P = append(P, w)
					call = append(call, w)
				} else if !assigned[w] {
					for pre[P[len(P)-1]] > pre[w] {
						P = P[:len(P)-1]
					}
				}
				continue
			}
			call = call[:len(call)-1]
			if P[len(P)-1] == v {
				P = P[:len(P)-1]
				size := 0
				for {
					w := S[len(S)-1]
					S = S[:len(S)-1]
					assigned[w] = true
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
