class Solution {
    strongSummary(n, arcs) {
        // adjacency as Sets in Maps (repeated arcs collapse), visited marks in Sets
        const outs = new Map(), ins = new Map();
        for (const [u, v] of arcs) {
            if (!outs.has(u)) outs.set(u, new Set());
            outs.get(u).add(v);
            if (!ins.has(v)) ins.set(v, new Set());
            ins.get(v).add(u);
        }
        const listOf = (g, v) => (g.has(v) ? [...g.get(v)] : []);
        const visited = new Set();
        const finished = [];
        for (let s = 1; s <= n; s++) {
            if (visited.has(s)) continue;
            visited.add(s);
            const stack = [[s, listOf(outs, s)]];
            while (stack.length > 0) {
                const [v, pending] = stack[stack.length - 1];
                while (pending.length > 0 && visited.has(pending[pending.length - 1])) pending.pop();
                if (pending.length > 0) {
                    const w = pending.pop();
                    visited.add(w);
                    stack.push([w, listOf(outs, w)]);
                } else {
                    stack.pop();
                    finished.push(v);
                }
            }
        }
        const assigned = new Set();
        let groups = 0, largest = 0;
        for (let i = finished.length - 1; i >= 0; i--) {
            const s = finished[i];
            if (assigned.has(s)) continue;
            assigned.add(s);
            const members = [s];
            for (let j = 0; j < members.length; j++) {
                const from = ins.get(members[j]);
                if (!from) continue;
                for (const w of from) {
                    if (!assigned.has(w)) {
                        assigned.add(w);
                        members.push(w);
                    }
                }
            }
            groups++;
            if (members.length > largest) largest = members.length;
        }
        return [groups, largest];
    }
}
