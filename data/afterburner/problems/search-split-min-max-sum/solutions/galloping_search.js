class Solution {
    lightestCut(nums, m) {
        // double the step from the largest element until a limit fits, then bisect
        const ok = (limit) => {
            let used = 1, load = 0;
            for (const x of nums) {
                if (load + x <= limit) {
                    load += x;
                } else {
                    if (++used > m) return false;
                    load = x;
                }
            }
            return true;
        };
        let low = 0;
        for (const x of nums) if (x > low) low = x;
        if (ok(low)) return low;
        let step = Math.max(1, low), high = low + step;
        while (!ok(high)) {
            low = high + 1;
            step *= 2;
            high = low + step;
        }
        while (low < high) {
            const mid = Math.floor((low + high) / 2);
            if (ok(mid)) high = mid;
            else low = mid + 1;
        }
        return low;
    }
}
