class Solution {
    /**
     * @param {number} n
     * @return {number}
     */
    countPrimes(n) {
        
    }
}
