func runningMedians(nums []int) []int {
	// offline: start from all numbers and delete from the back, walking a median
	// pointer along a linked list of the sorted order
	n := len(nums)
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool {
		x, y := order[a], order[b]
		if nums[x] != nums[y] {
			return nums[x] < nums[y]
		}
		return x < y
	})
	pos := make([]int, n)
	prv := make([]int, n)
	nxt := make([]int, n)
	for r := 0; r < n; r++ {
		pos[order[r]] = r
		prv[r] = r - 1
		nxt[r] = r + 1
	}
	ans := make([]int, n)
	med := (n - 1) / 2
	ans[n-1] = nums[order[med]]
	for m := n; m > 1; m-- {
		r := pos[m-1]
		before := (m - 1) / 2
		if r == med {
			med = nxt[med]
		} else if r < med {
			before--
		}
		if prv[r] >= 0 {
			nxt[prv[r]] = nxt[r]
		}
		if nxt[r] < n {
			prv[nxt[r]] = prv[r]
		}
		target := (m - 2) / 2
		for before > target {
			med = prv[med]
			before--
		}
		for before < target {
			med = nxt[med]
			before++
		}
		ans[m-2] = nums[order[med]]
	}
	return ans
}
