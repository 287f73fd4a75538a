class Solution {
    private int[] parent;

    private int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    public String reachableUnder(int n, int[][] edges, int[][] queries) {
        // Answer queries by increasing cap, adding edges by increasing weight.
        parent = new int[n + 1];
        int[] size = new int[n + 1];
        for (int i = 0; i <= n; i++) { parent[i] = i; size[i] = 1; }
        int[][] es = edges.clone();
        Arrays.sort(es, (a, b) -> Integer.compare(a[2], b[2]));
        Integer[] qo = new Integer[queries.length];
        for (int i = 0; i < qo.length; i++) qo[i] = i;
        Arrays.sort(qo, (a, b) -> Integer.compare(queries[a][2], queries[b][2]));
        char[] answer = new char[queries.length];
        Arrays.fill(answer, '0');
        int j = 0;
        for (int i : qo) {
            int t = queries[i][2];
            while (j < es.length && es[j][2] <= t) {
                int a = find(es[j][0]), b = find(es[j][1]);
                j++;
                if (a == b) continue;
                if (size[a] < size[b]) { int tmp = a; a = b; b = tmp; }
                parent[b] = a;
                size[a] += size[b];
            }
            if (find(queries[i][0]) == find(queries[i][1])) answer[i] = '1';
        }
        return new String(answer);
    }
}
