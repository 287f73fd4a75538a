class Solution {
    treeHeight(n, edges) {
        const graph = Array.from({ length: n + 1 }, () => []);
        for (const [u, v] of edges) {
            graph[u].push(v);
            graph[v].push(u);
        }
        const seen = new Uint8Array(n + 1);
        seen[1] = 1;
        let frontier = [1];
        let levels = 0;
        while (frontier.length) {
            levels++; // counts the levels of vertices, root level included
            const next = [];
            for (const node of frontier)
                for (const other of graph[node])
                    if (!seen[other]) {
                        seen[other] = 1;
                        next.push(other);
                    }
            frontier = next;
        }
        return levels;
    }
}
