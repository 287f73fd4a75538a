func windowMaxima(nums []int, k int) []int {
	// indices whose values decrease from front to back
	n := len(nums)
	dq := make([]int, n)
	head, tail := 0, 0
	out := make([]int, 0, n-k+1)
	for i, v := range nums {
		for tail > head && nums[dq[tail-1]] <= v {
			tail--
		}
		dq[tail] = i
		tail++
		if dq[head] <= i-k {
			head++
		}
		if i >= k-1 {
			out = append(out, nums[dq[head]])
		}
	}
	return out
}
