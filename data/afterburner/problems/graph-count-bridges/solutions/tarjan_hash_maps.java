class Solution {
    private static class Frame {
        final int vertex, parent;
        final Iterator<Integer> next; // the neighbours not looked at yet

        Frame(int vertex, int parent, List<Integer> around) {
            this.vertex = vertex;
            this.parent = parent;
            this.next = around.iterator();
        }
    }

    public int countBridges(int n, int[][] edges) {
        // adjacency lists in a hash map, discovery times and low links in hash maps;
        // no two edges join the same pair, so the parent edge is skipped by vertex
        Map<Integer, List<Integer>> adj = new HashMap<>();
        for (int[] e : edges) {
            adj.computeIfAbsent(e[0], x -> new ArrayList<>()).add(e[1]);
            adj.computeIfAbsent(e[1], x -> new ArrayList<>()).add(e[0]);
        }
        Map<Integer, Integer> disc = new HashMap<>(), low = new HashMap<>();
        int timer = 0, bridges = 0;
        ArrayDeque<Frame> stack = new ArrayDeque<>();
        for (int root = 1; root <= n; root++) {
            if (disc.containsKey(root)) continue;
            timer++;
            disc.put(root, timer);
            low.put(root, timer);
            stack.push(new Frame(root, 0, adj.getOrDefault(root, Collections.emptyList())));
            while (!stack.isEmpty()) {
                Frame f = stack.peek();
                if (f.next.hasNext()) {
                    int v = f.next.next();
                    if (v == f.parent) continue;
                    Integer seen = disc.get(v);
                    if (seen != null) {
                        if (seen < low.get(f.vertex)) low.put(f.vertex, seen);
                    } else {
                        timer++;
                        disc.put(v, timer);
                        low.put(v, timer);
                        stack.push(new Frame(v, f.vertex, adj.get(v)));
                    }
                    continue;
                }
                stack.pop();
                if (!stack.isEmpty()) {
                    int lowU = low.get(f.vertex);
                    if (lowU < low.get(f.parent)) low.put(f.parent, lowU);
                    if (lowU > disc.get(f.parent)) bridges++;
                }
            }
        }
        return bridges;
    }
}
