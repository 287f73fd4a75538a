class Solution {
    unionIntervals(intervals) {
        // Merge any meeting pair found, then start the search over.
        const blocks = intervals.map(([l, r]) => [l, r]);
        let changed = true;
        while (changed) {
            changed = false;
            for (let i = 0; i < blocks.length && !changed; i++) {
                for (let j = i + 1; j < blocks.length; j++) {
                    const a = blocks[i], b = blocks[j];
                    if (a[0] <= b[1] && b[0] <= a[1]) {
                        blocks[i] = [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
                        blocks.splice(j, 1);
                        changed = true;
                        break;
                    }
                }
            }
        }
        return blocks.sort((a, b) => a[0] - b[0]);
    }
}
