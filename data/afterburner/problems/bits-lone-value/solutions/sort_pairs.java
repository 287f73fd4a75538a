class Solution {
    public long loneValue(long[] nums) {
        long[] s = nums.clone();
        Arrays.sort(s);
        for (int i = 0; i + 1 < s.length; i += 2)
            if (s[i] != s[i + 1]) return s[i];
        return s[s.length - 1];
    }
}
