func runningMedians(nums []int) []int {
	out := make([]int, len(nums))
	for i := 1; i <= len(nums); i++ {
		prefix := append([]int(nil), nums[:i]...)
		sort.Ints(prefix)
		out[i-1] = prefix[(i-1)/2]
	}
	return out
}
