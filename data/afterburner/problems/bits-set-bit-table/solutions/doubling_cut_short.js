class Solution {
    oneBitCounts(n) {
        let res = [0];
        while (res.length < n) res = res.concat(res.map((c) => c + 1));
        return res.slice(0, n + 1);
    }
}
