class Solution {
    public int[] strongSummary(int n, int[][] arcs) {
        List<List<Integer>> fwd = new ArrayList<>(), rev = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            fwd.add(new ArrayList<>());
            rev.add(new ArrayList<>());
        }
        for (int[] a : arcs) {
            fwd.get(a[0]).add(a[1]);
            rev.get(a[1]).add(a[0]);
        }
        // pass 1: vertices by finishing time
        boolean[] seen = new boolean[n + 1];
        int[] finish = new int[n], ptr = new int[n + 1];
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        int fc = 0;
        for (int s = 1; s <= n; s++) {
            if (seen[s]) continue;
            seen[s] = true;
            stack.push(s);
            while (!stack.isEmpty()) {
                int v = stack.peek();
                List<Integer> out = fwd.get(v);
                if (ptr[v] < out.size()) {
                    int w = out.get(ptr[v]++);
                    if (!seen[w]) {
                        seen[w] = true;
                        stack.push(w);
                    }
                } else {
                    stack.pop();
                    finish[fc++] = v;
                }
            }
        }
        // pass 2: flood the reversed graph in decreasing finishing time
        boolean[] done = new boolean[n + 1];
        int groups = 0, largest = 0;
        for (int i = n - 1; i >= 0; i--) {
            int s = finish[i];
            if (done[s]) continue;
            done[s] = true;
            groups++;
            int size = 0;
            stack.push(s);
            while (!stack.isEmpty()) {
                int v = stack.pop();
                size++;
                for (int w : rev.get(v))
                    if (!done[w]) {
                        done[w] = true;
                        stack.push(w);
                    }
            }
            largest = Math.max(largest, size);
        }
        return new int[] {groups, largest};
    }
}
