func lastRemaining(weights []int) int {
    
}
