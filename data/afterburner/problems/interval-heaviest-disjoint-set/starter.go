func maxWeight(bookings [][]int) int {
    
}
