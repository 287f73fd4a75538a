func firstPositions(nums []int64, queries []int64) []int {
	
}
