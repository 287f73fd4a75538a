class Solution {
    public int treeHeight(int n, int[][] edges) {
        List<List<Integer>> graph = new ArrayList<>();
        for (int v = 0; v <= n; v++) graph.add(new ArrayList<>());
        for (int[] e : edges) {
            graph.get(e[0]).add(e[1]);
            graph.get(e[1]).add(e[0]);
        }
        int height = 0;
        ArrayDeque<int[]> stack = new ArrayDeque<>();
        stack.push(new int[]{1, 0, 0});  // node, parent, depth
        while (!stack.isEmpty()) {
            int[] top = stack.pop();
            height = Math.max(height, top[2]);
            for (int child : graph.get(top[0]))
                if (child != top[1]) stack.push(new int[]{child, top[0], top[2] + 1});
        }
        return height;
    }
}
