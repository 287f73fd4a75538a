func minFuseCost(nums []int) int {
	a := append([]int(nil), nums...)
	sort.Ints(a)
	total, acc := 0, a[0]
	for _, v := range a[1:] {
		acc += v
		total += acc
	}
	return total
}
