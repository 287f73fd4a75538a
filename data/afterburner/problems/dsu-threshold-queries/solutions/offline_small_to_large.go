import "sort"

func reachableUnder(n int, edges [][]int, queries [][]int) string {
	// Offline sweep keeping a component label per vertex; a merge relabels
	// the smaller member list, so a query is one comparison.
	label := make([]int32, n+1)
	members := make([][]int32, n+1)
	for v := 0; v <= n; v++ {
		label[v] = int32(v)
		members[v] = []int32{int32(v)}
	}
	pack := func(rows [][]int) []int64 {
		keys := make([]int64, len(rows))
		for i, r := range rows {
			keys[i] = int64(r[2])<<20 | int64(i)
		}
		sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
		return keys
	}
	ek, qk := pack(edges), pack(queries)
	answer := make([]byte, len(queries))
	j := 0
	for _, key := range qk {
		i := int(key & 0xFFFFF)
		t := queries[i][2]
		for j < len(ek) && edges[ek[j]&0xFFFFF][2] <= t {
			e := edges[ek[j]&0xFFFFF]
			j++
			a, b := label[e[0]], label[e[1]]
			if a == b {
				continue
			}
			if len(members[a]) < len(members[b]) {
				a, b = b, a
			}
			for _, w := range members[b] {
				label[w] = a
			}
			members[a] = append(members[a], members[b]...)
			members[b] = nil
		}
		if label[queries[i][0]] == label[queries[i][1]] {
			answer[i] = '1'
		} else {
			answer[i] = '0'
		}
	}
	return string(answer)
}
