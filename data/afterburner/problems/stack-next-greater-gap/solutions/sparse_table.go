func nextGreaterGap(nums []int) []int {
	n := len(nums)
	levels := 1
	for (1 << levels) <= n {
		levels++
	}
	sp := make([][]int, levels)
	sp[0] = append([]int(nil), nums...)
	for k := 1; k < levels; k++ {
		length := n - (1 << k) + 1
		sp[k] = make([]int, length)
		half := 1 << (k - 1)
		for i := 0; i < length; i++ {
			a, b := sp[k-1][i], sp[k-1][i+half]
			if b > a {
				a = b
			}
			sp[k][i] = a
		}
	}
	ans := make([]int, n)
	for i := 0; i < n; i++ {
		pos := i + 1
		for k := levels - 1; k >= 0; k-- {
			if pos < len(sp[k]) && sp[k][pos] <= nums[i] {
				pos += 1 << k
			}
		}
		if pos < n {
			ans[i] = pos - i
		}
	}
	return ans
}
