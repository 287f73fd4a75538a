import "math/bits"

func pathLengths(n int, edges [][]int, queries [][]int) []int {
	adj := make([][]int, n+1)
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], e[1])
		adj[e[1]] = append(adj[e[1]], e[0])
	}
	// Euler tour of depths: the LCA depth is the minimum between the first visits
	depth := make([]int32, n+1)
	first := make([]int, n+1)
	parent := make([]int, n+1)
	next := make([]int, n+1)
	tour := make([]int32, 0, 2*n)
	tour = append(tour, 0)
	stack := []int{1}
	for len(stack) > 0 {
		v := stack[len(stack)-1]
		if next[v] < len(adj[v]) {
			w := adj[v][next[v]]
			next[v]++
			if w == parent[v] {
				continue
			}
			parent[w] = v
			depth[w] = depth[v] + 1
			first[w] = len(tour)
			tour = append(tour, depth[w])
			stack = append(stack, w)
		} else {
			stack = stack[:len(stack)-1]
			if len(stack) > 0 {
				tour = append(tour, depth[stack[len(stack)-1]])
			}
		}
	}
	m := len(tour)
	table := [][]int32{tour}
	for span := 1; 2*span <= m; span *= 2 {
		prev := table[len(table)-1]
		row := make([]int32, m-2*span+1)
		for i := range row {
			row[i] = prev[i]
			if prev[i+span] < row[i] {
				row[i] = prev[i+span]
			}
		}
		table = append(table, row)
	}
	res := make([]int, len(queries))
	for i, qv := range queries {
		u, v := qv[0], qv[1]
		l, r := first[u], first[v]
		if l > r {
			l, r = r, l
		}
		k := bits.Len(uint(r-l+1)) - 1
		low := table[k][l]
		if x := table[k][r-(1<<k)+1]; x < low {
			low = x
		}
		res[i] = int(depth[u] + depth[v] - 2*low)
	}
	return res
}
