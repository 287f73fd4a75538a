func longestClean(nums []int64) int {
	
}
