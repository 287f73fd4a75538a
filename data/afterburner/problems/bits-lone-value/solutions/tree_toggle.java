class Solution {
    public long loneValue(long[] nums) {
        TreeSet<Long> open = new TreeSet<>();
        for (long x : nums) {
            if (!open.remove(x)) open.add(x);
        }
        return open.first();
    }
}
