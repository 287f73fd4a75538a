func oneBitCounts(n int) []int {
	
}
