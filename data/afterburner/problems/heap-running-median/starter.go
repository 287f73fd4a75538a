func runningMedians(nums []int) []int {
    
}
