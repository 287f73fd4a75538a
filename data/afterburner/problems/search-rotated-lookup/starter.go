func locate(nums []int, queries []int) []int {
	
}
