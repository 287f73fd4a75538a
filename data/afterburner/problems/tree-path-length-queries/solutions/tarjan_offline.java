class Solution {
    private int[] dsu;

    private int find(int x) {
        while (dsu[x] != x) {
            dsu[x] = dsu[dsu[x]];
            x = dsu[x];
        }
        return x;
    }

    public int[] pathLengths(int n, int[][] edges, int[][] queries) {
        List<List<Integer>> adj = new ArrayList<>();
        List<List<int[]>> asked = new ArrayList<>();
        for (int v = 0; v <= n; v++) {
            adj.add(new ArrayList<>());
            asked.add(new ArrayList<>());
        }
        for (int[] e : edges) {
            adj.get(e[0]).add(e[1]);
            adj.get(e[1]).add(e[0]);
        }
        int q = queries.length;
        for (int i = 0; i < q; i++) {
            asked.get(queries[i][0]).add(new int[]{queries[i][1], i});
            asked.get(queries[i][1]).add(new int[]{queries[i][0], i});
        }
        // union-find over finished subtrees; anc[root] is the open vertex they hang from
        dsu = new int[n + 1];
        int[] anc = new int[n + 1], depth = new int[n + 1], res = new int[q];
        for (int v = 0; v <= n; v++) { dsu[v] = v; anc[v] = v; }
        boolean[] done = new boolean[n + 1];
        ArrayDeque<int[]> stack = new ArrayDeque<>();
        stack.push(new int[]{1, 0, 0});  // vertex, parent, closing flag
        while (!stack.isEmpty()) {
            int[] top = stack.pop();
            int v = top[0], p = top[1];
            if (top[2] == 0) {
                stack.push(new int[]{v, p, 1});
                for (int w : adj.get(v))
                    if (w != p) {
                        depth[w] = depth[v] + 1;
                        stack.push(new int[]{w, v, 0});
                    }
                continue;
            }
            done[v] = true;
            for (int[] qw : asked.get(v))
                if (done[qw[0]]) res[qw[1]] = depth[v] + depth[qw[0]] - 2 * depth[anc[find(qw[0])]];
            if (p != 0) {
                int rv = find(v), rp = find(p);
                dsu[rv] = rp;
                anc[rp] = p;
            }
        }
        return res;
    }
}
