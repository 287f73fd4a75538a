func countSequences(n int) int64 {
	
}
