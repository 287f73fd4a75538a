class Solution {
    longestRising(nums) {
        const values = [...new Set(nums)].sort((a, b) => a - b);
        const rankOf = new Map(values.map((v, i) => [v, i + 1]));
        const size = values.length;
        const tree = new Int32Array(size + 1);
        let best = 0;
        for (const x of nums) {
            const rank = rankOf.get(x);
            let cur = 0;
            for (let r = rank - 1; r > 0; r -= r & -r) if (tree[r] > cur) cur = tree[r];
            cur++;
            if (cur > best) best = cur;
            for (let r = rank; r <= size; r += r & -r) if (tree[r] < cur) tree[r] = cur;
        }
        return best;
    }
}
