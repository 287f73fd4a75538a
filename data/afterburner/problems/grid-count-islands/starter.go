func countIslands(grid []string) int {
	
}
