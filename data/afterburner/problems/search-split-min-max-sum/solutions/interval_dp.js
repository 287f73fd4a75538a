class Solution {
    lightestCut(nums, m) {
        // best[p][e]: lightest weight cutting the first e values into p parts
        const n = nums.length;
        const pre = new Float64Array(n + 1);
        for (let i = 0; i < n; i++) pre[i + 1] = pre[i] + nums[i];
        let prev = new Float64Array(n + 1).fill(Infinity);
        let row = new Float64Array(n + 1);
        prev[0] = 0;
        for (let p = 1; p <= m; p++) {
            row.fill(Infinity);
            for (let e = p; e <= n; e++) {
                let value = Infinity;
                for (let s = p - 1; s < e; s++) {
                    const c = Math.max(prev[s], pre[e] - pre[s]);
                    if (c < value) value = c;
                }
                row[e] = value;
            }
            [prev, row] = [row, prev];
        }
        return prev[n];
    }
}
