class Solution {
    public int sharedSubsequenceLength(String a, String b) {
        
    }
}
