func countComponents(n int, edges [][]int) int {
	// Union by rank keeps trees O(log n) deep; finds walk without compressing.
	parent := make([]int, n+1)
	rank := make([]int, n+1)
	for i := range parent {
		parent[i] = i
	}
	merges := 0
	for _, e := range edges {
		a, b := e[0], e[1]
		for parent[a] != a {
			a = parent[a]
		}
		for parent[b] != b {
			b = parent[b]
		}
		if a == b {
			continue
		}
		if rank[a] < rank[b] {
			a, b = b, a
		}
		parent[b] = a
		if rank[a] == rank[b] {
			rank[a]++
		}
		merges++
	}
	return n - merges
}
