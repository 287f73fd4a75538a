class Solution {
    collapsePairs(s) {
        const reduce = (lo, hi) => {
            if (hi - lo <= 16) {
                const st = [];
                for (let i = lo; i < hi; i++) {
                    const c = s.charCodeAt(i);
                    if (st.length && st[st.length - 1] === c) st.pop();
                    else st.push(c);
                }
                return st;
            }
            const mid = (lo + hi) >> 1;
            const left = reduce(lo, mid);
            const right = reduce(mid, hi);
            let k = 0;
            while (left.length && k < right.length && left[left.length - 1] === right[k]) {
                left.pop();
                k++;
            }
            for (let i = k; i < right.length; i++) left.push(right[i]);
            return left;
        };
        const codes = reduce(0, s.length);
        let out = '';
        for (let i = 0; i < codes.length; i += 4096) {
            out += String.fromCharCode.apply(null, codes.slice(i, i + 4096));
        }
        return out;
    }
}
