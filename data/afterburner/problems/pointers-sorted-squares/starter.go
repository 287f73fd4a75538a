func sortedSquares(nums []int64) []int64 {
	
}
