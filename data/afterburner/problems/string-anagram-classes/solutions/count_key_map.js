class Solution {
    anagramClasses(words) {
        // key: the 26 letter counts written as characters
        const sizes = new Map();
        const counts = new Array(26);
        let best = 0;
        for (const w of words) {
            counts.fill(0);
            for (let i = 0; i < w.length; i++) counts[w.charCodeAt(i) - 97]++;
            const key = String.fromCharCode(...counts);
            const size = (sizes.get(key) || 0) + 1;
            sizes.set(key, size);
            if (size > best) best = size;
        }
        return [sizes.size, best];
    }
}
