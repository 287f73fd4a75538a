func countBridges(n int, edges [][]int) int {
	
}
