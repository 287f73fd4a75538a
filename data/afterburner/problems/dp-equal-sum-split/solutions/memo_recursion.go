func canSplitEvenly(nums []int) bool {
	total := 0
	for _, x := range nums {
		total += x
	}
	if total%2 != 0 {
		return false
	}
	n, width := len(nums), total/2+1
	memo := make([]int8, n*width) // 0 unknown, 1 no, 2 yes
	var can func(i, need int) bool
	can = func(i, need int) bool {
		if need == 0 {
			return true
		}
		if i == n || need < 0 {
			return false
		}
		slot := &memo[i*width+need]
		if *slot != 0 {
			return *slot == 2
		}
		r := can(i+1, need-nums[i]) || can(i+1, need)
		if r {
			*slot = 2
		} else {
			*slot = 1
		}
		return r
	}
	return can(0, total/2)
}
