import "sort"

func nextGreaterGap(nums []int) []int {
	// Insert indices from the largest value down; a Fenwick tree finds the
	// first inserted index after i (the k-th one by prefix counts).
	n := len(nums)
	bit := make([]int32, n+1)
	top := 1
	for top*2 <= n {
		top *= 2
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return nums[order[a]] > nums[order[b]] })
	ans := make([]int, n)
	inserted := 0
	for g := 0; g < n; {
		h := g
		for h < n && nums[order[h]] == nums[order[g]] {
			h++
		}
		for _, idx := range order[g:h] {
			c := 0
			for i := idx + 1; i > 0; i -= i & -i {
				c += int(bit[i])
			}
			if c < inserted {
				k, pos := int32(c+1), 0
				for step := top; step > 0; step >>= 1 {
					if pos+step <= n && bit[pos+step] < k {
						pos += step
						k -= bit[pos]
					}
				}
				ans[idx] = pos - idx
			}
		}
		for _, idx := range order[g:h] {
			for i := idx + 1; i <= n; i += i & -i {
				bit[i]++
			}
		}
		inserted += h - g
		g = h
	}
	return ans
}
