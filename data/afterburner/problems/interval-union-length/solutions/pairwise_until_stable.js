class Solution {
    coveredLength(segments) {
        const segs = segments.map((s) => [s[0], s[1]]);
        let changed = true;
        while (changed) {
            changed = false;
            for (let i = 0; i < segs.length; i++) {
                const a = segs[i];
                let j = i + 1;
                while (j < segs.length) {
                    const b = segs[j];
                    if (a[0] <= b[1] && b[0] <= a[1]) {
                        a[0] = Math.min(a[0], b[0]);
                        a[1] = Math.max(a[1], b[1]);
                        segs.splice(j, 1);
                        changed = true;
                    } else {
                        j++;
                    }
                }
            }
        }
        let total = 0;
        for (const s of segs) total += s[1] - s[0];
        return total;
    }
}
