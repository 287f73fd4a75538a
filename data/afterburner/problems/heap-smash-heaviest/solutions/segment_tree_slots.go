func lastRemaining(weights []int) int {
	// max segment tree over fixed slots; an emptied slot holds 0
	n := len(weights)
	size := 1
	for size < n {
		size <<= 1
	}
	tree := make([]int, 2*size)
	copy(tree[size:], weights)
	max := func(a, b int) int {
		if a > b {
			return a
		}
		return b
	}
	for i := size - 1; i > 0; i-- {
		tree[i] = max(tree[2*i], tree[2*i+1])
	}
	takeMax := func() int {
		i := 1
		for i < size {
			if tree[2*i] >= tree[2*i+1] {
				i = 2 * i
			} else {
				i = 2*i + 1
			}
		}
		return i
	}
	assign := func(i, v int) {
		tree[i] = v
		for i >>= 1; i > 0; i >>= 1 {
			tree[i] = max(tree[2*i], tree[2*i+1])
		}
	}
	left := n
	for left > 1 {
		i := takeMax()
		x := tree[i]
		assign(i, 0)
		j := takeMax()
		y := tree[j]
		if x > y {
			assign(j, x-y)
			left--
		} else {
			assign(j, 0)
			left -= 2
		}
	}
	return tree[1]
}
