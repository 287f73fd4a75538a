class Solution {
    public int countPrimes(int n) {
        
    }
}
