func cheapestRoundTrip(cost [][]int) int {
    
}
