import "sort"

func longestRising(nums []int) int {
	values := append([]int(nil), nums...)
	sort.Ints(values)
	size := 0
	for i, v := range values {
		if i == 0 || v != values[size-1] {
			values[size] = v
			size++
		}
	}
	values = values[:size]
	tree := make([]int, size+1)
	best := 0
	for _, x := range nums {
		rank := sort.SearchInts(values, x) + 1
		cur := 0
		for r := rank - 1; r > 0; r -= r & -r {
			if tree[r] > cur {
				cur = tree[r]
			}
		}
		cur++
		if cur > best {
			best = cur
		}
		for r := rank; r <= size; r += r & -r {
			if tree[r] < cur {
				tree[r] = cur
			}
		}
	}
	return best
}
