func canSplitEvenly(nums []int) bool {
	total := 0
	for _, x := range nums {
		total += x
	}
	if total%2 != 0 {
		return false
	}
	target, n := total/2, len(nums)
	dp := make([][]bool, n+1)
	for i := range dp {
		dp[i] = make([]bool, target+1)
	}
	dp[0][0] = true
	for i := 1; i <= n; i++ {
		x := nums[i-1]
		for s := 0; s <= target; s++ {
			dp[i][s] = dp[i-1][s] || (s >= x && dp[i-1][s-x])
		}
	}
	return dp[n][target]
}
