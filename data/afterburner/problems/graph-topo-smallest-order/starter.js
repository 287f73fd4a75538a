class Solution {
    /**
     * @param {number} n
     * @param {number[][]} rules
     * @return {number[]}
     */
    smallestOrder(n, rules) {
        
    }
}
