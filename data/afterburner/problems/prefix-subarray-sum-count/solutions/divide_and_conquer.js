class Solution {
    countExactSum(nums, k) {
        const n = nums.length;
        const prefix = new Float64Array(n + 1);
        for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i] + nums[i];
        const buf = new Float64Array(n + 1);
        // count pairs i < j in [lo, hi) with prefix[j] - prefix[i] == k, merge-sorting as we go
        const solve = (lo, hi) => {
            if (hi - lo <= 1) return 0;
            const mid = (lo + hi) >>> 1;
            let count = solve(lo, mid) + solve(mid, hi);
            let a = lo;
            let b = lo; // prefix[a..b) holds the left values equal to the target
            for (let j = mid; j < hi; j++) {
                const want = prefix[j] - k;
                while (a < mid && prefix[a] < want) a++;
                if (b < a) b = a;
                while (b < mid && prefix[b] <= want) b++;
                count += b - a;
            }
            let i = lo;
            let j = mid;
            let t = lo;
            while (i < mid || j < hi) {
                if (j === hi || (i < mid && prefix[i] <= prefix[j])) buf[t++] = prefix[i++];
                else buf[t++] = prefix[j++];
            }
            prefix.set(buf.subarray(lo, hi), lo);
            return count;
        };
        return solve(0, n + 1);
    }
}
