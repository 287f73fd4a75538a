func minimumMarked(n int, edges [][]int) int {
	
}
