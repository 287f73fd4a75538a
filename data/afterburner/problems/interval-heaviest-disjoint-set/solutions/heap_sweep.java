class Solution {
    public long maxWeight(int[][] bookings) {
        int[][] items = bookings.clone();
        Arrays.sort(items, (a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        // pending chains as {end, total}, earliest end first
        PriorityQueue<long[]> pending = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        long settled = 0; // best chain that finished by the current start
        for (int[] b : items) {
            while (!pending.isEmpty() && pending.peek()[0] <= b[0]) settled = Math.max(settled, pending.poll()[1]);
            pending.add(new long[] {b[1], settled + b[2]});
        }
        for (long[] p : pending) settled = Math.max(settled, p[1]);
        return settled;
    }
}
