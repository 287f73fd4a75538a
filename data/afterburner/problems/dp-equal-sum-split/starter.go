func canSplitEvenly(nums []int) bool {
	
}
