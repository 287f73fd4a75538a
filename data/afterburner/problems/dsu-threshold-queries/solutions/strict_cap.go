import "sort"

func reachableUnder(n int, edges [][]int, queries [][]int) string {
	parent := make([]int, n+1)
	for i := range parent {
		parent[i] = i
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
		// only edges strictly lighter than the cap are added
		for j < len(es) && es[j][2] < queries[i][2] {
			parent[find(es[j][0])] = find(es[j][1])
			j++
		}
		if find(queries[i][0]) == find(queries[i][1]) {
			answer[i] = '1'
		} else {
			answer[i] = '0'
		}
	}
	return string(answer)
}
