class Solution {
    public long[] sortedSquares(long[] nums) {
        // squares of the negatives, read backwards, and of the rest are both sorted
        int split = 0;
        while (split < nums.length && nums[split] < 0) split++;
        List<Long> neg = new ArrayList<>(), pos = new ArrayList<>();
        for (int i = split - 1; i >= 0; i--) neg.add(nums[i] * nums[i]);
        for (int i = split; i < nums.length; i++) pos.add(nums[i] * nums[i]);
        long[] merged = new long[nums.length];
        int i = 0, j = 0, k = 0;
        while (i < neg.size() && j < pos.size())
            merged[k++] = neg.get(i) <= pos.get(j) ? neg.get(i++) : pos.get(j++);
        while (i < neg.size()) merged[k++] = neg.get(i++);
        while (j < pos.size()) merged[k++] = pos.get(j++);
        return merged;
    }
}
