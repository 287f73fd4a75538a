func countPrimes(n int) int {
	
}
