func windowMaxima(nums []int, k int) []int {
	// a queue made of two stacks; each entry keeps the maximum of its stack below it
	type entry struct{ val, max int }
	var front, back []entry
	push := func(s []entry, v int) []entry {
		m := v
		if len(s) > 0 && s[len(s)-1].max > m {
			m = s[len(s)-1].max
		}
		return append(s, entry{v, m})
	}
	out := make([]int, 0, len(nums)-k+1)
	for i, v := range nums {
		back = push(back, v)
		if i >= k {
			if len(front) == 0 {
				for len(back) > 0 {
					x := back[len(back)-1].val
					back = back[:len(back)-1]
					front = push(front, x)
				}
			}
			front = front[:len(front)-1]
		}
		if i >= k-1 {
			best := -1 << 62
			if len(front) > 0 {
				best = front[len(front)-1].max
			}
			if len(back) > 0 && back[len(back)-1].max > best {
				best = back[len(back)-1].max
			}
			out = append(out, best)
		}
	}
	return out
}
