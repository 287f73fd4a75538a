func countCoprimePairs(nums []int) int64 {
	
}
