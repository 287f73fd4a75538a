class Solution {
    public int[] locate(int[] nums, int[] queries) {
        int[] out = new int[queries.length];
        for (int t = 0; t < queries.length; t++) {
            int found = -1;
            for (int i = 0; i < nums.length; i++) {
                if (nums[i] == queries[t]) {
                    found = i;
                    break;
                }
            }
            out[t] = found;
        }
        return out;
    }
}
