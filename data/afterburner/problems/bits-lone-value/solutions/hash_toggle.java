class Solution {
    public long loneValue(long[] nums) {
        HashSet<Long> open = new HashSet<>();
        for (long x : nums) {
            if (!open.remove(x)) open.add(x);
        }
        return open.iterator().next();
    }
}
