class Solution {
    public int firstSingle(long[] nums) {
        HashSet<Long> odd = new HashSet<>();
        for (long x : nums) {
            if (!odd.remove(x)) odd.add(x);
        }
        for (int i = 0; i < nums.length; i++)
            if (odd.contains(nums[i])) return i;
        return -1;
    }
}
