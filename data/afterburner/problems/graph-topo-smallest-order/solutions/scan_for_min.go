func smallestOrder(n int, rules [][]int) []int {
	// every step scans from task 1 for the first available task
	succ := make([][]int, n+1)
	indeg := make([]int, n+1)
	for _, r := range rules {
		succ[r[0]] = append(succ[r[0]], r[1])
		indeg[r[1]]++
	}
	used := make([]bool, n+1)
	order := make([]int, 0, n)
	for step := 0; step < n; step++ {
		pick := 0
		for v := 1; v <= n; v++ {
			if !used[v] && indeg[v] == 0 {
				pick = v
				break
			}
		}
		if pick == 0 {
			return nil
		}
		used[pick] = true
		order = append(order, pick)
		for _, v := range succ[pick] {
			indeg[v]--
		}
	}
	return order
}
