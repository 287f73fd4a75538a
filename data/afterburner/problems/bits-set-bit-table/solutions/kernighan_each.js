class Solution {
    oneBitCounts(n) {
        // clear the lowest set bit until nothing is left
        const res = [];
        for (let i = 0; i <= n; i++) {
            let x = i;
            let c = 0;
            while (x) {
                x &= x - 1;
                c++;
            }
            res.push(c);
        }
        return res;
    }
}
