class Solution {
    countIslands(grid) {
        // each horizontal run of land is one node; overlapping runs in
        // neighbouring rows belong to the same region
        const parent = [];
        const find = (x) => {
            while (parent[x] !== x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        };
        let regions = 0;
        let prev = [];
        for (const row of grid) {
            const cur = [];
            const re = /#+/g;
            let m;
            while ((m = re.exec(row)) !== null) {
                const node = parent.length;
                parent.push(node);
                regions++;
                cur.push([m.index, m.index + m[0].length, node]);
            }
            let k = 0;
            for (const [s, e, node] of cur) {
                while (k < prev.length && prev[k][1] <= s) k++;
                for (let t = k; t < prev.length && prev[t][0] < e; t++) {
                    const a = find(prev[t][2]), b = find(node);
                    if (a !== b) {
                        parent[b] = a;
                        regions--;
                    }
                }
            }
            prev = cur;
        }
        return regions;
    }
}
