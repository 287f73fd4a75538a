class Solution {
    nearestTripleSum(nums, target) {
        const a = nums.slice().sort((x, y) => x - y);
        const n = a.length;
        let closest = a[0] + a[1] + a[2];
        for (let i = 0; i + 2 < n; i++) {
            let l = i + 1, r = n - 1;
            while (l < r) {
                const s = a[i] + a[l] + a[r];
                if (Math.abs(s - target) <= Math.abs(closest - target)) closest = s;
                if (s < target) l++;
                else if (s > target) r--;
                else return s;
            }
        }
        return closest;
    }
}
