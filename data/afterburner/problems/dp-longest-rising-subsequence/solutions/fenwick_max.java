class Solution {
    public int longestRising(int[] nums) {
        int[] values = nums.clone();
        Arrays.sort(values);
        int size = 0;
        for (int i = 0; i < values.length; i++)
            if (i == 0 || values[i] != values[size - 1]) values[size++] = values[i];
        int[] tree = new int[size + 1];
        int best = 0;
        for (int x : nums) {
            int rank = Arrays.binarySearch(values, 0, size, x) + 1;
            int cur = 0;
            for (int r = rank - 1; r > 0; r -= r & -r) cur = Math.max(cur, tree[r]);
            cur++;
            best = Math.max(best, cur);
            for (int r = rank; r <= size; r += r & -r) tree[r] = Math.max(tree[r], cur);
        }
        return best;
    }
}
