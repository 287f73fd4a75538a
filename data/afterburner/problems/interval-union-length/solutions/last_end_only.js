class Solution {
    coveredLength(segments) {
        segments.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        let total = 0;
        let start = segments[0][0];
        let end = segments[0][1];
        for (let i = 1; i < segments.length; i++) {
            const [l, r] = segments[i];
            if (l > end) {
                total += end - start;
                start = l;
            }
            end = r;
        }
        return total + end - start;
    }
}
