class Solution {
    private int[] parent = new int[16];
    private int nodes;

    private int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    public int countIslands(String[] grid) {
        // each horizontal run of land is one node; overlapping runs in
        // neighbouring rows belong to the same region
        nodes = 0;
        int regions = 0;
        int cols = grid[0].length();
        // runs as (start, end, node) triples
        int[] prev = new int[3 * cols], cur = new int[3 * cols];
        int prevCount = 0;
        for (String row : grid) {
            int curCount = 0, c = 0;
            while (c < cols) {
                if (row.charAt(c) != '#') {
                    c++;
                    continue;
                }
                int s = c;
                while (c < cols && row.charAt(c) == '#') c++;
                if (nodes == parent.length) parent = Arrays.copyOf(parent, nodes * 2);
                parent[nodes] = nodes;
                cur[3 * curCount] = s;
                cur[3 * curCount + 1] = c;
                cur[3 * curCount + 2] = nodes++;
                curCount++;
                regions++;
            }
            int k = 0;
            for (int i = 0; i < curCount; i++) {
                int s = cur[3 * i], e = cur[3 * i + 1], node = cur[3 * i + 2];
                while (k < prevCount && prev[3 * k + 1] <= s) k++;
                for (int t = k; t < prevCount && prev[3 * t] < e; t++) {
                    int a = find(prev[3 * t + 2]), b = find(node);
                    if (a != b) {
                        parent[b] = a;
                        regions--;
                    }
                }
            }
            int[] tmp = prev;
            prev = cur;
            cur = tmp;
            prevCount = curCount;
        }
        return regions;
    }
}
