class Solution {
    oneBitCounts(n) {
        // the counts for [2^k, 2^(k+1)) are those for [0, 2^k) plus one
        let res = [0];
        while (res.length <= n) res = res.concat(res.map((c) => c + 1));
        return res.slice(0, n + 1);
    }
}
