func lightestCut(nums []int, m int) int {
    
}
