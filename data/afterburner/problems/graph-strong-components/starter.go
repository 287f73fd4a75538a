func strongSummary(n int, arcs [][]int) []int {
	
}
