func nextGreaterGap(nums []int) []int {
    
}
