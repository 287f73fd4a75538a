func firstSingle(nums []int64) int {
	
}
