func minimumMarked(n int, edges [][]int) int {
	parent := make([]int, n+1)
	parity := make([]int, n+1)
	size := make([]int, n+1)
	for i := range parent {
		parent[i] = i
		size[i] = 1
	}
	path := make([]int, 0, 64)
	// returns the root; afterwards parity[x] is x's colour relative to it
	find := func(x int) int {
		path = path[:0]
		for parent[x] != x {
			path = append(path, x)
			x = parent[x]
		}
		acc := 0
		for i := len(path) - 1; i >= 0; i-- {
			y := path[i]
			acc ^= parity[y]
			parity[y] = acc
			parent[y] = x
		}
		return x
	}
	for _, e := range edges {
		u, v := e[0], e[1]
		ru, rv := find(u), find(v)
		if ru == rv {
			if parity[u] == parity[v] {
				return -1
			}
			continue
		}
		if size[ru] < size[rv] {
			ru, rv, u, v = rv, ru, v, u
		}
		parent[rv] = ru
		parity[rv] = parity[u] ^ parity[v] ^ 1
		size[ru] += size[rv]
	}
	ones := make([]int, n+1)
	touched := make([]bool, n+1)
	for _, e := range edges {
		touched[e[0]] = true
		touched[e[1]] = true
	}
	for x := 1; x <= n; x++ {
		if touched[x] {
			ones[find(x)] += parity[x]
		}
	}
	total := 0
	for r := 1; r <= n; r++ {
		if parent[r] == r && touched[r] {
			if ones[r] < size[r]-ones[r] {
				total += ones[r]
			} else {
				total += size[r] - ones[r]
			}
		}
	}
	return total
}
