func nearestTripleSum(nums []int, target int) int {
	
}
