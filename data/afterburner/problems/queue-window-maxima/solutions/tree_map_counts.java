class Solution {
    public int[] windowMaxima(int[] nums, int k) {
        // value -> count of the window's entries, in a red-black tree
        java.util.TreeMap<Integer, Integer> window = new java.util.TreeMap<>();
        int[] out = new int[nums.length - k + 1];
        for (int i = 0; i < nums.length; i++) {
            window.merge(nums[i], 1, Integer::sum);
            if (i >= k) {
                int old = nums[i - k];
                if (window.get(old) == 1) window.remove(old);
                else window.put(old, window.get(old) - 1);
            }
            if (i >= k - 1) out[i - k + 1] = window.lastKey();
        }
        return out;
    }
}
