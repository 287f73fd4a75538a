class Solution {
    public int[] windowCounts(long[] times, long w) {
        ArrayDeque<Long> window = new ArrayDeque<>();
        int[] res = new int[times.length];
        for (int i = 0; i < times.length; i++) {
            long t = times[i];
            window.addLast(t);
            while (t - window.peekFirst() >= w) window.pollFirst();
            res[i] = window.size();
        }
        return res;
    }
}
