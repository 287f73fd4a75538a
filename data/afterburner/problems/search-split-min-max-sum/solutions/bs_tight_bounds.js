class Solution {
    lightestCut(nums, m) {
        // the answer lies in [max(biggest, ceil(total/m)), biggest + ceil(total/m)]
        let total = 0, biggest = 0;
        for (const x of nums) {
            total += x;
            if (x > biggest) biggest = x;
        }
        const share = Math.ceil(total / m);
        const feasible = (limit) => {
            let pieces = 1, run = 0;
            for (const x of nums) {
                run += x;
                if (run > limit) {
                    if (++pieces > m) return false;
                    run = x;
                }
            }
            return true;
        };
        let lo = Math.max(biggest, share), hi = biggest + share;
        while (lo < hi) {
            const mid = Math.floor((lo + hi) / 2);
            if (feasible(mid)) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
