func minFuseCost(nums []int) int {
    
}
