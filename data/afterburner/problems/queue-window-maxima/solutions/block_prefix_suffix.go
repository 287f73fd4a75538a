func windowMaxima(nums []int, k int) []int {
	// cut into blocks of k: a window is a suffix of one block plus a prefix of the next
	n := len(nums)
	prefix := append([]int(nil), nums...)
	suffix := append([]int(nil), nums...)
	for i := 1; i < n; i++ {
		if i%k != 0 && prefix[i-1] > prefix[i] {
			prefix[i] = prefix[i-1]
		}
	}
	for i := n - 2; i >= 0; i-- {
		if (i+1)%k != 0 && suffix[i+1] > suffix[i] {
			suffix[i] = suffix[i+1]
		}
	}
	out := make([]int, n-k+1)
	for i := range out {
		out[i] = suffix[i]
		if prefix[i+k-1] > out[i] {
			out[i] = prefix[i+k-1]
		}
	}
	return out
}
