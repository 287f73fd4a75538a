class Solution {
    private boolean search(int[] a, int i, int left, int total) {
        if (i == a.length) return left * 2 == total;
        return search(a, i + 1, left + a[i], total) || search(a, i + 1, left, total);
    }

    public boolean canSplitEvenly(int[] nums) {
        int total = 0;
        for (int x : nums) total += x;
        if (total % 2 != 0) return false;
        return search(nums, 0, 0, total);
    }
}
