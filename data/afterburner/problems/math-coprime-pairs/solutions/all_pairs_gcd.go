func countCoprimePairs(nums []int) int64 {
	gcd := func(a, b int) int {
		for b != 0 {
			a, b = b, a%b
		}
		return a
	}
	var count int64
	for i := 0; i < len(nums); i++ {
		for j := i + 1; j < len(nums); j++ {
			if gcd(nums[i], nums[j]) == 1 {
				count++
			}
		}
	}
	return count
}
