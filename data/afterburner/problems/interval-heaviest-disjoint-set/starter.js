class Solution {
    /**
     * @param {number[][]} bookings
     * @return {number}
     */
    maxWeight(bookings) {
        
    }
}
