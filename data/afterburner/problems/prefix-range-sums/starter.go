func rangeSums(nums []int64, queries [][]int) []int64 {
	
}
