class Solution {
    public int[] pathLengths(int n, int[][] edges, int[][] queries) {
        List<List<Integer>> adj = new ArrayList<>();
        for (int v = 0; v <= n; v++) adj.add(new ArrayList<>());
        for (int[] e : edges) {
            adj.get(e[0]).add(e[1]);
            adj.get(e[1]).add(e[0]);
        }
        // a fresh breadth-first search from u for every query, stopping at v
        int[] dist = new int[n + 1], stamp = new int[n + 1], queue = new int[n];
        Arrays.fill(stamp, -1);
        int[] res = new int[queries.length];
        for (int qi = 0; qi < queries.length; qi++) {
            int u = queries[qi][0], v = queries[qi][1];
            int head = 0, tail = 0;
            queue[tail++] = u;
            stamp[u] = qi;
            dist[u] = 0;
            while (head < tail && stamp[v] != qi) {
                int x = queue[head++];
                for (int y : adj.get(x))
                    if (stamp[y] != qi) {
                        stamp[y] = qi;
                        dist[y] = dist[x] + 1;
                        queue[tail++] = y;
                    }
            }
            res[qi] = dist[v];
        }
        return res;
    }
}
