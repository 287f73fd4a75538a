func shortestEscape(grid []string) int {
	
}
