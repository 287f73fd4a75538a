class Solution {
    treeHeight(n, edges) {
        const graph = Array.from({ length: n + 1 }, () => []);
        for (const [u, v] of edges) {
            graph[u].push(v);
            graph[v].push(u);
        }
        let height = 0;
        const stack = [[1, 0, 0]]; // node, parent, depth
        while (stack.length) {
            const [node, parent, d] = stack.pop();
            if (d > height) height = d;
            for (const child of graph[node])
                if (child !== parent) stack.push([child, node, d + 1]);
        }
        return height;
    }
}
