func mergeCost(w []int) int {
    
}
