class Solution {
    public int firstCycleEdge(int n, int[][] edges) {
        // A group id per vertex; merging moves the smaller member list into the larger.
        int[] group = new int[n + 1];
        List<List<Integer>> members = new ArrayList<>(n + 1);
        for (int v = 0; v <= n; v++) {
            group[v] = v;
            List<Integer> one = new ArrayList<>();
            one.add(v);
            members.add(one);
        }
        for (int i = 0; i < edges.length; i++) {
            int a = group[edges[i][0]], b = group[edges[i][1]];
            if (a == b) return i + 1;
            if (members.get(a).size() < members.get(b).size()) { int t = a; a = b; b = t; }
            List<Integer> moved = members.get(b);
            for (int w : moved) group[w] = a;
            members.get(a).addAll(moved);
            members.set(b, null);
        }
        return 0;
    }
}
