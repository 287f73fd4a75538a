func countExactSum(nums []int64, k int64) int64 {
	n := len(nums)
	prefix := make([]int64, n+1)
	for i, x := range nums {
		prefix[i+1] = prefix[i] + x
	}
	buf := make([]int64, n+1)
	// count pairs i < j in [lo, hi) with prefix[j] - prefix[i] == k, merge-sorting as we go
	var solve func(lo, hi int) int64
	solve = func(lo, hi int) int64 {
		if hi-lo <= 1 {
			return 0
		}
		mid := (lo + hi) / 2
		count := solve(lo, mid) + solve(mid, hi)
		left, right := prefix[lo:mid], prefix[mid:hi]
		a, b := 0, 0 // left[a:b] holds the values equal to the current target
		for _, v := range right {
			want := v - k
			for a < len(left) && left[a] < want {
				a++
			}
			if b < a {
				b = a
			}
			for b < len(left) && left[b] <= want {
				b++
			}
			count += int64(b - a)
		}
		i, j, t := 0, 0, lo
		for i < len(left) || j < len(right) {
			if j == len(right) || (i < len(left) && left[i] <= right[j]) {
				buf[t] = left[i]
				i++
			} else {
				buf[t] = right[j]
				j++
			}
			t++
		}
		copy(prefix[lo:hi], buf[lo:hi])
		return count
	}
	return solve(0, n+1)
}
