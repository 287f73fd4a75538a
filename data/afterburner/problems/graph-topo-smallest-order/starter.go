func smallestOrder(n int, rules [][]int) []int {
	
}
