func sharedSubsequenceLength(a string, b string) int {
	
}
