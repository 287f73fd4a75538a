class Solution {
    public String reachableUnder(int n, int[][] edges, int[][] queries) {
        // Offline sweep keeping a component label per vertex; a merge relabels
        // the smaller member list, so a query is one comparison.
        int[] label = new int[n + 1];
        int[][] members = new int[n + 1][];
        int[] count = new int[n + 1];
        for (int v = 0; v <= n; v++) { label[v] = v; members[v] = new int[] {v}; count[v] = 1; }
        // sort edges and queries by packing (weight, index) into longs
        long[] ek = new long[edges.length];
        for (int i = 0; i < edges.length; i++) ek[i] = ((long) edges[i][2] << 20) | i;
        long[] qk = new long[queries.length];
        for (int i = 0; i < queries.length; i++) qk[i] = ((long) queries[i][2] << 20) | i;
        Arrays.sort(ek);
        Arrays.sort(qk);
        char[] answer = new char[queries.length];
        Arrays.fill(answer, '0');
        int j = 0;
        for (long key : qk) {
            int i = (int) (key & 0xFFFFF);
            int t = queries[i][2];
            while (j < ek.length && edges[(int) (ek[j] & 0xFFFFF)][2] <= t) {
                int[] e = edges[(int) (ek[j] & 0xFFFFF)];
                j++;
                int a = label[e[0]], b = label[e[1]];
                if (a == b) continue;
                if (count[a] < count[b]) { int tmp = a; a = b; b = tmp; }
                int need = count[a] + count[b];
                if (members[a].length < need) members[a] = Arrays.copyOf(members[a], Math.max(need, 2 * members[a].length));
                int[] big = members[a], small = members[b];
                for (int s = 0; s < count[b]; s++) {
                    label[small[s]] = a;
                    big[count[a] + s] = small[s];
                }
                count[a] = need;
                members[b] = null;
            }
            if (label[queries[i][0]] == label[queries[i][1]]) answer[i] = '1';
        }
        return new String(answer);
    }
}
