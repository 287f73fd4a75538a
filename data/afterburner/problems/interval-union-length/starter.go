func coveredLength(segments [][]int) int {
    
}
