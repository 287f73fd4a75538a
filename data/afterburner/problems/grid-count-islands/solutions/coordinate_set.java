class Solution {
    public int countIslands(String[] grid) {
        // land cells as packed coordinates in a hash set, removed as they are reached
        final long K = 1 << 12; // row stride, larger than any column + 1
        Set<Long> land = new HashSet<>();
        List<Long> cells = new ArrayList<>();
        for (int r = 0; r < grid.length; r++)
            for (int c = 0; c < grid[r].length(); c++)
                if (grid[r].charAt(c) == '#') {
                    long key = (r + 1) * K + c + 1;
                    land.add(key);
                    cells.add(key);
                }
        int islands = 0;
        ArrayDeque<Long> todo = new ArrayDeque<>();
        for (Long start : cells) {
            if (!land.remove(start)) continue; // already part of a counted region
            islands++;
            todo.push(start);
            while (!todo.isEmpty()) {
                long key = todo.pop();
                for (long nb : new long[] {key - K, key + K, key - 1, key + 1})
                    if (land.remove(nb)) todo.push(nb);
            }
        }
        return islands;
    }
}
