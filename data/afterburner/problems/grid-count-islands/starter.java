class Solution {
    public int countIslands(String[] grid) {
        
    }
}
