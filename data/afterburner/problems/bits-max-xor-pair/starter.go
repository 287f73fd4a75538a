func largestPairXor(nums []int) int {
	
}
