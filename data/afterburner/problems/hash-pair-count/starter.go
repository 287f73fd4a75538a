func countPairs(nums []int64, target int64) int64 {
	
}
