class Solution {
    public int firstSingle(long[] nums) {
        HashMap<Long, Integer> counts = new HashMap<>();
        for (long x : nums) counts.merge(x, 1, Integer::sum);
        for (int i = 0; i < nums.length; i++)
            if (counts.get(nums[i]) == 1) return i;
        return -1;
    }
}
