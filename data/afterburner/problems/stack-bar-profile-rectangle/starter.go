func largestRectangle(heights []int) int {
    
}
