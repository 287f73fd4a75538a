func countHeavyPairs(nums []int, c int) int64 {
	
}
