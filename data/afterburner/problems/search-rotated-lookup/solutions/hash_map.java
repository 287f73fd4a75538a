class Solution {
    public int[] locate(int[] nums, int[] queries) {
        java.util.HashMap<Integer, Integer> where = new java.util.HashMap<>(nums.length * 2);
        for (int i = 0; i < nums.length; i++) where.put(nums[i], i);
        int[] out = new int[queries.length];
        for (int t = 0; t < queries.length; t++) out[t] = where.getOrDefault(queries[t], -1);
        return out;
    }
}
