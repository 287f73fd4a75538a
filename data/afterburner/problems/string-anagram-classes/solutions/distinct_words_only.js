class Solution {
    anagramClasses(words) {
        // each class collects its words in a set
        const classes = new Map();
        for (const w of words) {
            const key = w.split('').sort().join('');
            if (!classes.has(key)) classes.set(key, new Set());
            classes.get(key).add(w);
        }
        let best = 0;
        for (const members of classes.values()) best = Math.max(best, members.size);
        return [classes.size, best];
    }
}
