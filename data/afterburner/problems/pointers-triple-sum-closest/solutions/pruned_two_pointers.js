class Solution {
    nearestTripleSum(nums, target) {
        const a = nums.slice().sort((x, y) => x - y);
        const n = a.length;
        let best = a[0] + a[1] + a[2];
        const better = (s, cur) => {
            const d1 = Math.abs(s - target), d2 = Math.abs(cur - target);
            return d1 < d2 || (d1 === d2 && s < cur);
        };
        for (let i = 0; i + 2 < n; i++) {
            // every later anchor only gives larger sums
            const smallest = a[i] + a[i + 1] + a[i + 2];
            if (smallest >= target) {
                if (better(smallest, best)) best = smallest;
                break;
            }
            // this anchor cannot reach the target: its largest sum is its best
            const largest = a[i] + a[n - 2] + a[n - 1];
            if (largest <= target) {
                if (better(largest, best)) best = largest;
                continue;
            }
            let j = i + 1, k = n - 1;
            while (j < k) {
                const s = a[i] + a[j] + a[k];
                if (better(s, best)) best = s;
                if (s < target) j++;
                else if (s > target) k--;
                else return s;
            }
        }
        return best;
    }
}
