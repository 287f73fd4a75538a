func reachableUnder(n int, edges [][]int, queries [][]int) string {
	
}
