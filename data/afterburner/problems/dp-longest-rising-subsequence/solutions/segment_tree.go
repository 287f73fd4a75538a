import "sort"

func longestRising(nums []int) int {
	index := map[int]int{} // value -> rank
	for _, x := range nums {
		index[x] = 0
	}
	values := make([]int, 0, len(index))
	for v := range index {
		values = append(values, v)
	}
	sort.Ints(values)
	for i, v := range values {
		index[v] = i
	}
	size := 1
	for size < len(values) {
		size *= 2
	}
	tree := make([]int, 2*size)
	max := func(a, b int) int {
		if a > b {
			return a
		}
		return b
	}
	for _, x := range nums {
		rank := index[x]
		res := 0 // max over ranks [0, rank)
		for lo, hi := size, rank+size; lo < hi; lo, hi = lo>>1, hi>>1 {
			if lo&1 == 1 {
				res = max(res, tree[lo])
				lo++
			}
			if hi&1 == 1 {
				hi--
				res = max(res, tree[hi])
			}
		}
		cur, pos := res+1, rank+size
		if tree[pos] < cur {
			tree[pos] = cur
			for pos >>= 1; pos > 0; pos >>= 1 {
				tree[pos] = max(tree[2*pos], tree[2*pos+1])
			}
		}
	}
	return tree[1]
}
