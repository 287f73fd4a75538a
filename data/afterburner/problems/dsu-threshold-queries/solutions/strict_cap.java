class Solution {
    private int[] parent;

    private int find(int x) {
        while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; }
        return x;
    }

    public String reachableUnder(int n, int[][] edges, int[][] queries) {
        parent = new int[n + 1];
        for (int i = 0; i <= n; i++) parent[i] = i;
        int[][] es = edges.clone();
        Arrays.sort(es, (a, b) -> Integer.compare(a[2], b[2]));
        Integer[] qo = new Integer[queries.length];
        for (int i = 0; i < qo.length; i++) qo[i] = i;
        Arrays.sort(qo, (a, b) -> Integer.compare(queries[a][2], queries[b][2]));
        char[] answer = new char[queries.length];
        Arrays.fill(answer, '0');
        int j = 0;
        for (int i : qo) {
            // only edges strictly lighter than the cap are added
            while (j < es.length && es[j][2] < queries[i][2]) {
                parent[find(es[j][0])] = find(es[j][1]);
                j++;
            }
            if (find(queries[i][0]) == find(queries[i][1])) answer[i] = '1';
        }
        return new String(answer);
    }
}
