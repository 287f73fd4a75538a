class Solution {
    countPairs(nums, target) {
        const a = Float64Array.from(nums).sort();
        let total = 0;
        let i = 0;
        let j = a.length - 1;
        while (i < j) {
            const s = a[i] + a[j];
            if (s < target) {
                i++;
            } else if (s > target) {
                j--;
            } else if (a[i] === a[j]) {
                const k = j - i + 1;
                total += (k * (k - 1)) / 2;
                break;
            } else {
                const left = a[i];
                const right = a[j];
                let cl = 0;
                let cr = 0;
                while (a[i] === left) { i++; cl++; }
                while (a[j] === right) { j--; cr++; }
                total += cl * cr;
            }
        }
        return total;
    }
}
