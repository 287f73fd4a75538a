func minFuseCost(nums []int) int {
	// sorted inputs in one queue; fused sums come out non-decreasing, so a second queue suffices
	n := len(nums)
	base := append([]int(nil), nums...)
	sort.Ints(base)
	fused := make([]int, n)
	i, j, tail, total := 0, 0, 0, 0
	for step := 1; step < n; step++ {
		s := 0
		for r := 0; r < 2; r++ {
			if j >= tail || (i < n && base[i] <= fused[j]) {
				s += base[i]
				i++
			} else {
				s += fused[j]
				j++
			}
		}
		fused[tail] = s
		tail++
		total += s
	}
	return total
}
