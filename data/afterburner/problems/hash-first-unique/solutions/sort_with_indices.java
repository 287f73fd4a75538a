class Solution {
    public int firstSingle(long[] nums) {
        // sort indices by value; a run of length one is a single value
        int n = nums.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Long.compare(nums[a], nums[b]));
        int best = -1;
        for (int k = 0; k < n;) {
            int j = k;
            while (j + 1 < n && nums[order[j + 1]] == nums[order[k]]) j++;
            if (j == k && (best == -1 || order[k] < best)) best = order[k];
            k = j + 1;
        }
        return best;
    }
}
