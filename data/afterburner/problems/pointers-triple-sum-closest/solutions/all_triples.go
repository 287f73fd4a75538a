func nearestTripleSum(nums []int, target int) int {
	abs := func(x int) int {
		if x < 0 {
			return -x
		}
		return x
	}
	n := len(nums)
	best := nums[0] + nums[1] + nums[2]
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			for k := j + 1; k < n; k++ {
				s := nums[i] + nums[j] + nums[k]
				d, bd := abs(s-target), abs(best-target)
				if d < bd || (d == bd && s < best) {
					best = s
				}
			}
		}
	}
	return best
}
