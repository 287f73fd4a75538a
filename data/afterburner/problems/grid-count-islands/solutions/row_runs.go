func countIslands(grid []string) int {
	// each horizontal run of land is one node; overlapping runs in
	// neighbouring rows belong to the same region
	type run struct{ start, end, node int }
	var parent []int
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	regions := 0
	var prev, cur []run
	for _, row := range grid {
		cur = cur[:0]
		for c := 0; c < len(row); {
			if row[c] != '#' {
				c++
				continue
			}
			s := c
			for c < len(row) && row[c] == '#' {
				c++
			}
			cur = append(cur, run{s, c, len(parent)})
			parent = append(parent, len(parent))
			regions++
		}
		k := 0
		for _, r := range cur {
			for k < len(prev) && prev[k].end <= r.start {
				k++
			}
			for t := k; t < len(prev) && prev[t].start < r.end; t++ {
				if a, b := find(prev[t].node), find(r.node); a != b {
					parent[b] = a
					regions--
				}
			}
		}
		prev, cur = cur, prev
	}
	return regions
}
