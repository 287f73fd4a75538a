class Solution {
    private static final int LOG = 17;

    public String reachableUnder(int n, int[][] edges, int[][] queries) {
        // Minimum spanning forest, then the heaviest edge on the tree path between
        // a and b (binary lifting) decides the query.
        int[][] es = edges.clone();
        Arrays.sort(es, (a, b) -> Integer.compare(a[2], b[2]));
        int[] dsu = new int[n + 1];
        for (int i = 0; i <= n; i++) dsu[i] = i;
        int[] head = new int[n + 1];
        Arrays.fill(head, -1);
        int[] to = new int[2 * n], wt = new int[2 * n], nxt = new int[2 * n];
        int used = 0;
        for (int[] e : es) {
            int a = e[0], b = e[1];
            while (dsu[a] != a) { dsu[a] = dsu[dsu[a]]; a = dsu[a]; }
            while (dsu[b] != b) { dsu[b] = dsu[dsu[b]]; b = dsu[b]; }
            if (a == b) continue;
            dsu[a] = b;
            to[used] = e[1]; wt[used] = e[2]; nxt[used] = head[e[0]]; head[e[0]] = used++;
            to[used] = e[0]; wt[used] = e[2]; nxt[used] = head[e[1]]; head[e[1]] = used++;
        }
        int[][] up = new int[LOG][n + 1], mx = new int[LOG][n + 1];
        int[] depth = new int[n + 1], comp = new int[n + 1], order = new int[n];
        Arrays.fill(depth, -1);
        int tail = 0;
        for (int r = 1; r <= n; r++) {
            if (depth[r] >= 0) continue;
            depth[r] = 0; up[0][r] = r; comp[r] = r;
            int h = tail;
            order[tail++] = r;
            while (h < tail) {
                int x = order[h++];
                for (int e = head[x]; e >= 0; e = nxt[e]) {
                    int y = to[e];
                    if (depth[y] >= 0) continue;
                    depth[y] = depth[x] + 1; up[0][y] = x; mx[0][y] = wt[e]; comp[y] = r;
                    order[tail++] = y;
                }
            }
        }
        for (int k = 1; k < LOG; k++)
            for (int v = 1; v <= n; v++) {
                int mid = up[k - 1][v];
                up[k][v] = up[k - 1][mid];
                mx[k][v] = Math.max(mx[k - 1][v], mx[k - 1][mid]);
            }
        char[] answer = new char[queries.length];
        for (int i = 0; i < queries.length; i++) {
            int a = queries[i][0], b = queries[i][1], t = queries[i][2];
            boolean ok;
            if (a == b) ok = true;
            else if (comp[a] != comp[b]) ok = false;
            else {
                int best = 0;
                if (depth[a] < depth[b]) { int tmp = a; a = b; b = tmp; }
                int diff = depth[a] - depth[b];
                for (int k = 0; diff != 0; k++, diff >>= 1)
                    if ((diff & 1) != 0) { best = Math.max(best, mx[k][a]); a = up[k][a]; }
                if (a != b) {
                    for (int k = LOG - 1; k >= 0; k--)
                        if (up[k][a] != up[k][b]) {
                            best = Math.max(best, Math.max(mx[k][a], mx[k][b]));
                            a = up[k][a]; b = up[k][b];
                        }
                    best = Math.max(best, Math.max(mx[0][a], mx[0][b]));
                }
                ok = best <= t;
            }
            answer[i] = ok ? '1' : '0';
        }
        return new String(answer);
    }
}
