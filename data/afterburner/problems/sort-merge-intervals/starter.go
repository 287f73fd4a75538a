func unionIntervals(intervals [][]int) [][]int {
	
}
