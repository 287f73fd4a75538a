class Solution {
    anagramClasses(words) {
        // equivalent words have the same letters in sorted order
        const sizes = new Map();
        let best = 0;
        for (const w of words) {
            const key = w.split('').sort().join('');
            const size = (sizes.get(key) || 0) + 1;
            sizes.set(key, size);
            if (size > best) best = size;
        }
        return [sizes.size, best];
    }
}
