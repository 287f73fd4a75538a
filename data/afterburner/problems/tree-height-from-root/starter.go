func treeHeight(n int, edges [][]int) int {
	
}
