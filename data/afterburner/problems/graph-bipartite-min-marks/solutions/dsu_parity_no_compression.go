func minimumMarked(n int, edges [][]int) int {
	// Union by size keeps trees shallow; a find sums parities up to the root
	// without rewriting anything.
	parent := make([]int, n+1)
	rel := make([]int, n+1)
	size := make([]int, n+1)
	for i := range parent {
		parent[i] = i
		size[i] = 1
	}
	find := func(x int) (int, int) {
		p := 0
		for parent[x] != x {
			p ^= rel[x]
			x = parent[x]
		}
		return x, p
	}
	for _, e := range edges {
		ru, pu := find(e[0])
		rv, pv := find(e[1])
		if ru == rv {
			if pu == pv {
				return -1
			}
			continue
		}
		if size[ru] < size[rv] {
			ru, rv = rv, ru
		}
		parent[rv] = ru
		rel[rv] = pu ^ pv ^ 1
		size[ru] += size[rv]
	}
	touched := make(map[int]bool)
	for _, e := range edges {
		touched[e[0]] = true
		touched[e[1]] = true
	}
	colourOne := make(map[int]int)
	for x := range touched {
		r, p := find(x)
		colourOne[r] += p
	}
	total := 0
	for r, k := range colourOne {
		if k < size[r]-k {
			total += k
		} else {
			total += size[r] - k
		}
	}
	return total
}
