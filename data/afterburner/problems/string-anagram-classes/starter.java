class Solution {
    public int[] anagramClasses(String[] words) {
        
    }
}
