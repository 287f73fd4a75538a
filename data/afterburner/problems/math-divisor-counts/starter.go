func divisorTally(nums []int) []int {
	
}
