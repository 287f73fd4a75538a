func windowMaxima(nums []int, k int) []int {
	
}
