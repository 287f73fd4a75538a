func pathLengths(n int, edges [][]int, queries [][]int) []int {
	
}
