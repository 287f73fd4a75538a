class Solution {
    public int[] strongSummary(int n, int[][] arcs) {
        // adjacency as hash sets (repeated arcs collapse), visited marks in hash sets
        Map<Integer, Set<Integer>> outs = new HashMap<>(), ins = new HashMap<>();
        for (int[] a : arcs) {
            outs.computeIfAbsent(a[0], x -> new HashSet<>()).add(a[1]);
            ins.computeIfAbsent(a[1], x -> new HashSet<>()).add(a[0]);
        }
        Set<Integer> visited = new HashSet<>();
        List<Integer> finished = new ArrayList<>();
        for (int s = 1; s <= n; s++) {
            if (visited.contains(s)) continue;
            visited.add(s);
            ArrayDeque<Object[]> stack = new ArrayDeque<>();
            stack.push(new Object[] {s, new ArrayList<>(outs.getOrDefault(s, Collections.emptySet()))});
            while (!stack.isEmpty()) {
                Object[] top = stack.peek();
                @SuppressWarnings("unchecked")
                List<Integer> pending = (List<Integer>) top[1];
                while (!pending.isEmpty() && visited.contains(pending.get(pending.size() - 1)))
                    pending.remove(pending.size() - 1);
                if (!pending.isEmpty()) {
                    int w = pending.remove(pending.size() - 1);
                    visited.add(w);
                    stack.push(new Object[] {w, new ArrayList<>(outs.getOrDefault(w, Collections.emptySet()))});
                } else {
                    stack.pop();
                    finished.add((Integer) top[0]);
                }
            }
        }
        Set<Integer> assigned = new HashSet<>();
        int groups = 0, largest = 0;
        for (int i = finished.size() - 1; i >= 0; i--) {
            int s = finished.get(i);
            if (!assigned.add(s)) continue;
            List<Integer> members = new ArrayList<>();
            members.add(s);
            for (int j = 0; j < members.size(); j++)
                for (int w : ins.getOrDefault(members.get(j), Collections.emptySet()))
                    if (assigned.add(w)) members.add(w);
            groups++;
            largest = Math.max(largest, members.size());
        }
        return new int[] {groups, largest};
    }
}
