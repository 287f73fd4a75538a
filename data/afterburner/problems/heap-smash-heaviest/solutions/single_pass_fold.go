func lastRemaining(weights []int) int {
	// folds the sorted weights from the top, carrying one running difference
	a := append([]int(nil), weights...)
	sort.Ints(a)
	carry := a[len(a)-1]
	for i := len(a) - 2; i >= 0; i-- {
		carry -= a[i]
		if carry < 0 {
			carry = -carry
		}
	}
	return carry
}
