func countComponents(n int, edges [][]int) int {
	
}
