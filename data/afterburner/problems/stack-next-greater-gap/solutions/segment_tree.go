func nextGreaterGap(nums []int) []int {
	// Max segment tree; for each i descend to the leftmost leaf > nums[i] right of i.
	n := len(nums)
	size := 1
	for size < n {
		size <<= 1
	}
	const low = -1 << 62
	tree := make([]int, 2*size)
	for i := range tree {
		tree[i] = low
	}
	copy(tree[size:], nums)
	for v := size - 1; v >= 1; v-- {
		a, b := tree[2*v], tree[2*v+1]
		if b > a {
			a = b
		}
		tree[v] = a
	}
	ans := make([]int, n)
	for i := 0; i+1 < n; i++ {
		x := nums[i]
		v := i + 1 + size
		found := true
		for tree[v] <= x {
			for v&1 == 1 {
				v >>= 1
			}
			if v == 0 {
				found = false
				break
			}
			v++
		}
		if !found {
			continue
		}
		for v < size {
			if tree[2*v] > x {
				v = 2 * v
			} else {
				v = 2*v + 1
			}
		}
		ans[i] = v - size - i
	}
	return ans
}
