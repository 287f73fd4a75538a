func countExactSum(nums []int64, k int64) int64 {
	
}
