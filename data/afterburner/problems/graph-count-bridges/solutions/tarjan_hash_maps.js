class Solution {
    countBridges(n, edges) {
        // adjacency as Sets in a Map, discovery times and low links in Maps; no two
        // edges join the same pair, so the parent edge is skipped by vertex
        const adj = new Map();
        const link = (u, v) => {
            if (!adj.has(u)) adj.set(u, new Set());
            adj.get(u).add(v);
        };
        for (const [u, v] of edges) {
            link(u, v);
            link(v, u);
        }
        const neighbours = (u) => (adj.has(u) ? adj.get(u).values() : [].values());
        const disc = new Map(), low = new Map();
        let timer = 0, bridges = 0;
        for (let root = 1; root <= n; root++) {
            if (disc.has(root)) continue;
            timer++;
            disc.set(root, timer);
            low.set(root, timer);
            // frames: vertex, its parent, and an iterator over the neighbours left
            const stack = [[root, 0, neighbours(root)]];
            while (stack.length > 0) {
                const [u, parent, it] = stack[stack.length - 1];
                const step = it.next();
                if (!step.done) {
                    const v = step.value;
                    if (v === parent) continue;
                    if (disc.has(v)) {
                        if (disc.get(v) < low.get(u)) low.set(u, disc.get(v));
                    } else {
                        timer++;
                        disc.set(v, timer);
                        low.set(v, timer);
                        stack.push([v, u, neighbours(v)]);
                    }
                    continue;
                }
                stack.pop();
                if (stack.length > 0) {
                    if (low.get(u) < low.get(parent)) low.set(parent, low.get(u));
                    if (low.get(u) > disc.get(parent)) bridges++;
                }
            }
        }
        return bridges;
    }
}
