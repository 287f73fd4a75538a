class Solution {
    coveredLength(segments) {
        const n = segments.length;
        const starts = new Float64Array(n);
        const ends = new Float64Array(n);
        for (let i = 0; i < n; i++) {
            starts[i] = segments[i][0];
            ends[i] = segments[i][1];
        }
        starts.sort();
        ends.sort();
        let total = 0;
        let depth = 0;
        let prev = 0;
        let i = 0;
        let j = 0;
        while (j < n) {
            let x;
            if (i < n && starts[i] <= ends[j]) {
                x = starts[i++];
                if (depth > 0) total += x - prev;
                depth++;
            } else {
                x = ends[j++];
                if (depth > 0) total += x - prev;
                depth--;
            }
            prev = x;
        }
        return total;
    }
}
