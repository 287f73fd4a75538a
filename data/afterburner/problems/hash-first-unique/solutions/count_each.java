class Solution {
    public int firstSingle(long[] nums) {
        int n = nums.length;
        for (int i = 0; i < n; i++) {
            int occurrences = 0;
            for (int j = 0; j < n; j++) if (nums[j] == nums[i]) occurrences++;
            if (occurrences == 1) return i;
        }
        return -1;
    }
}
