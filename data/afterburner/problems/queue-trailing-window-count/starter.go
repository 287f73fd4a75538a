func windowCounts(times []int64, w int64) []int {
	
}
