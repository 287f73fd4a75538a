class Solution {
    public int[] windowMaxima(int[] nums, int k) {
        java.util.List<Integer> list = new java.util.ArrayList<>();
        for (int x : nums) list.add(x);
        int[] out = new int[nums.length - k + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = java.util.Collections.max(list.subList(i, i + k));
        }
        return out;
    }
}
