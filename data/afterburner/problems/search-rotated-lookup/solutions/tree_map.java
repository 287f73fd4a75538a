class Solution {
    public int[] locate(int[] nums, int[] queries) {
        // value -> index in a red-black tree
        java.util.TreeMap<Integer, Integer> where = new java.util.TreeMap<>();
        for (int i = 0; i < nums.length; i++) where.put(nums[i], i);
        int[] out = new int[queries.length];
        for (int t = 0; t < queries.length; t++) out[t] = where.getOrDefault(queries[t], -1);
        return out;
    }
}
