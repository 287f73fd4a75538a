class Solution {
    strongSummary(n, arcs) {
        const fwd = Array.from({ length: n + 1 }, () => []);
        const rev = Array.from({ length: n + 1 }, () => []);
        for (const [u, v] of arcs) {
            fwd[u].push(v);
            rev[v].push(u);
        }
        // pass 1: vertices by finishing time
        const seen = new Uint8Array(n + 1);
        const ptr = new Int32Array(n + 1);
        const finish = [];
        const stack = [];
        for (let s = 1; s <= n; s++) {
            if (seen[s]) continue;
            seen[s] = 1;
            stack.push(s);
            while (stack.length > 0) {
                const v = stack[stack.length - 1];
                if (ptr[v] < fwd[v].length) {
                    const w = fwd[v][ptr[v]++];
                    if (!seen[w]) {
                        seen[w] = 1;
                        stack.push(w);
                    }
                } else {
                    stack.pop();
                    finish.push(v);
                }
            }
        }
        // pass 2: flood the reversed graph in decreasing finishing time
        const done = new Uint8Array(n + 1);
        let groups = 0, largest = 0;
        for (let i = finish.length - 1; i >= 0; i--) {
            const s = finish[i];
            if (done[s]) continue;
            done[s] = 1;
            groups++;
            let size = 0;
            stack.push(s);
            while (stack.length > 0) {
                const v = stack.pop();
                size++;
                for (const w of rev[v]) {
                    if (!done[w]) {
                        done[w] = 1;
                        stack.push(w);
                    }
                }
            }
            if (size > largest) largest = size;
        }
        return [groups, largest];
    }
}
