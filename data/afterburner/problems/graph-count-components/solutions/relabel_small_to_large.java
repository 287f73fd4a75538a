class Solution {
    public int countComponents(int n, int[][] edges) {
        // Each vertex carries a label; a merge relabels the smaller member list.
        int[] label = new int[n + 1];
        int[][] members = new int[n + 1][];
        int[] size = new int[n + 1];
        for (int v = 0; v <= n; v++) {
            label[v] = v;
            members[v] = new int[] {v};
            size[v] = 1;
        }
        int count = n;
        for (int[] e : edges) {
            int a = label[e[0]], b = label[e[1]];
            if (a == b) continue;
            if (size[a] < size[b]) { int t = a; a = b; b = t; }
            int[] big = members[a];
            if (size[a] + size[b] > big.length) {
                big = Arrays.copyOf(big, Math.max(2 * big.length, size[a] + size[b]));
                members[a] = big;
            }
            int[] small = members[b];
            for (int i = 0; i < size[b]; i++) {
                label[small[i]] = a;
                big[size[a] + i] = small[i];
            }
            size[a] += size[b];
            members[b] = null;
            count--;
        }
        return count;
    }
}
