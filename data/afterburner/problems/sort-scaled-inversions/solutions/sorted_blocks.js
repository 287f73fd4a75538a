class Solution {
    countHeavyPairs(nums, c) {
        // the values seen so far live in sorted blocks of bounded size
        const B = 512;
        const blocks = [];
        const upperBound = (arr, key) => {
            let lo = 0, hi = arr.length;
            while (lo < hi) {
                const mid = (lo + hi) >> 1;
                if (arr[mid] <= key) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        };
        let count = 0;
        for (const x of nums) {
            const bound = c * x;
            // count seen values greater than bound
            for (let b = blocks.length - 1; b >= 0; b--) {
                const blk = blocks[b];
                if (blk[blk.length - 1] <= bound) break;
                if (blk[0] > bound) {
                    count += blk.length;
                } else {
                    count += blk.length - upperBound(blk, bound);
                    break;
                }
            }
            if (blocks.length === 0) {
                blocks.push([x]);
                continue;
            }
            // insert x into the first block whose last value is >= x
            let b = 0;
            while (b < blocks.length && blocks[b][blocks[b].length - 1] < x) b++;
            if (b === blocks.length) b--;
            const blk = blocks[b];
            blk.splice(upperBound(blk, x), 0, x);
            if (blk.length > 2 * B) blocks.splice(b + 1, 0, blk.splice(B));
        }
        return count;
    }
}
