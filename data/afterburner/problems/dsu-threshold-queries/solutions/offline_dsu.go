import "sort"

func reachableUnder(n int, edges [][]int, queries [][]int) string {
	// Answer queries by increasing cap, adding edges by increasing weight.
	parent := make([]int, n+1)
	size := make([]int, n+1)
	for i := range parent {
		parent[i] = i
		size[i] = 1
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	es := make([][]int, len(edges))
	copy(es, edges)
	sort.Slice(es, func(a, b int) bool { return es[a][2] < es[b][2] })
	qo := make([]int, len(queries))
	for i := range qo {
		qo[i] = i
	}
	sort.Slice(qo, func(a, b int) bool { return queries[qo[a]][2] < queries[qo[b]][2] })
	answer := make([]byte, len(queries))
	j := 0
	for _, i := range qo {
		t := queries[i][2]
		for j < len(es) && es[j][2] <= t {
			a, b := find(es[j][0]), find(es[j][1])
			j++
			if a == b {
				continue
			}
			if size[a] < size[b] {
				a, b = b, a
			}
			parent[b] = a
			size[a] += size[b]
		}
		if find(queries[i][0]) == find(queries[i][1]) {
			answer[i] = '1'
		} else {
			answer[i] = '0'
		}
	}
	return string(answer)
}
