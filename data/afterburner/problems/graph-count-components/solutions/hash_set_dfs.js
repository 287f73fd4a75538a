class Solution {
    countComponents(n, edges) {
        const neighbours = new Map();
        const link = (a, b) => {
            let s = neighbours.get(a);
            if (s === undefined) {
                s = new Set();
                neighbours.set(a, s);
            }
            s.add(b);
        };
        for (const [u, v] of edges) {
            link(u, v);
            link(v, u);
        }
        const unvisited = new Set();
        for (let v = 1; v <= n; v++) unvisited.add(v);
        let pieces = 0;
        const stack = [];
        for (const start of unvisited) {
            // deleting entries while iterating a Set is allowed; removed ones are skipped
            unvisited.delete(start);
            pieces++;
            stack.push(start);
            while (stack.length) {
                const next = neighbours.get(stack.pop());
                if (next === undefined) continue;
                for (const y of next) {
                    if (unvisited.delete(y)) stack.push(y);
                }
            }
        }
        return pieces;
    }
}
