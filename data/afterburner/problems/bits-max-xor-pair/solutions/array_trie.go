func largestPairXor(nums []int) int {
	// binary trie over 30 bits stored in one flat child array
	child := make([]int32, 2*(30*len(nums)+1))
	nodes := int32(1)
	for _, x := range nums {
		node := int32(0)
		for b := 29; b >= 0; b-- {
			slot := 2*node + int32((x>>b)&1)
			if child[slot] == 0 {
				child[slot] = nodes
				nodes++
			}
			node = child[slot]
		}
	}
	best := 0
	for _, x := range nums {
		node, value := int32(0), 0
		for b := 29; b >= 0; b-- {
			want := int32(((x >> b) & 1) ^ 1)
			if child[2*node+want] != 0 {
				value |= 1 << b
				node = child[2*node+want]
			} else {
				node = child[2*node+(want^1)]
			}
		}
		if value > best {
			best = value
		}
	}
	return best
}
