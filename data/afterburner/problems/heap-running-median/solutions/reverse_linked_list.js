class Solution {
    runningMedians(nums) {
        // offline: start from all numbers and delete from the back, walking a median
        // pointer along a linked list of the sorted order
        const n = nums.length;
        const order = Array.from({ length: n }, (_, i) => i);
        order.sort((a, b) => nums[a] - nums[b] || a - b);
        const pos = new Int32Array(n);
        const prv = new Int32Array(n);
        const nxt = new Int32Array(n);
        for (let r = 0; r < n; r++) {
            pos[order[r]] = r;
            prv[r] = r - 1;
            nxt[r] = r + 1;
        }
        const ans = new Array(n);
        let med = (n - 1) >> 1;
        ans[n - 1] = nums[order[med]];
        for (let m = n; m > 1; m--) {
            const r = pos[m - 1];
            let before = (m - 1) >> 1;
            if (r === med) med = nxt[med];
            else if (r < med) before--;
            if (prv[r] >= 0) nxt[prv[r]] = nxt[r];
            if (nxt[r] < n) prv[nxt[r]] = prv[r];
            const target = (m - 2) >> 1;
            while (before > target) {
                med = prv[med];
                before--;
            }
            while (before < target) {
                med = nxt[med];
                before++;
            }
            ans[m - 2] = nums[order[med]];
        }
        return ans;
    }
}
