func minTracks(intervals [][]int) int {
    
}
