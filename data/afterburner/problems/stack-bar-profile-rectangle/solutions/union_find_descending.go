import "sort"

func largestRectangle(heights []int) int {
	// switch bars on from tallest to shortest and join neighbouring blocks
	n := len(heights)
	parent := make([]int, n)
	size := make([]int, n)
	active := make([]bool, n)
	order := make([]int, n)
	for i := range parent {
		parent[i] = i
		size[i] = 1
		order[i] = i
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	sort.Slice(order, func(a, b int) bool { return heights[order[a]] > heights[order[b]] })
	best := 0
	for _, i := range order {
		active[i] = true
		for _, nb := range [2]int{i - 1, i + 1} {
			if nb < 0 || nb >= n || !active[nb] {
				continue
			}
			a, b := find(i), find(nb)
			if a == b {
				continue
			}
			if size[a] < size[b] {
				a, b = b, a
			}
			parent[b] = a
			size[a] += size[b]
		}
		if area := heights[i] * size[find(i)]; area > best {
			best = area
		}
	}
	return best
}
