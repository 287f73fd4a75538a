class Solution {
    countBridges(n, edges) {
        const adj = Array.from({ length: n + 1 }, () => []); // (neighbour, edge id)
        edges.forEach(([u, v], i) => {
            adj[u].push([v, i]);
            adj[v].push([u, i]);
        });
        const seen = new Int32Array(n + 1).fill(-1);
        let count = 0;
        edges.forEach(([u, v], banned) => {
            // can v still be reached from u without edge `banned`?
            let reached = false;
            seen[u] = banned;
            const stack = [u];
            while (stack.length > 0 && !reached) {
                const x = stack.pop();
                for (const [y, i] of adj[x]) {
                    if (i === banned || seen[y] === banned) continue;
                    if (y === v) {
                        reached = true;
                        break;
                    }
                    seen[y] = banned;
                    stack.push(y);
                }
            }
            if (!reached) count++;
        });
        return count;
    }
}
