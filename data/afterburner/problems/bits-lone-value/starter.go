func loneValue(nums []int64) int64 {
	
}
