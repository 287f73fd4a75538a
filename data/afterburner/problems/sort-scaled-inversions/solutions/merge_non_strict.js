class Solution {
    countHeavyPairs(nums, c) {
        const go = (arr) => {
            if (arr.length < 2) return [arr, 0];
            const half = arr.length >> 1;
            const [left, x] = go(arr.slice(0, half));
            const [right, y] = go(arr.slice(half));
            let pairs = x + y;
            let i = 0;
            for (const v of right) {
                while (i < left.length && left[i] < c * v) i++;
                pairs += left.length - i;
            }
            return [left.concat(right).sort((p, q) => p - q), pairs];
        };
        return go(nums)[1];
    }
}
