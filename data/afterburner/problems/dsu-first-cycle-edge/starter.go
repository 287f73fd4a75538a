func firstCycleEdge(n int, edges [][]int) int {
	
}
