func kthGap(nums []int64, k int64) int64 {
	
}
