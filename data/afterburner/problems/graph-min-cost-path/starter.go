func minCost(n int, arcs [][]int) int {
	
}
