class Solution {
    anagramClasses(words) {
        // keep the classes in a list and look each signature up by scanning it
        const keys = [];
        const sizes = [];
        for (const w of words) {
            const key = w.split('').sort().join('');
            let at = -1;
            for (let i = 0; i < keys.length; i++) {
                if (keys[i] === key) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                keys.push(key);
                sizes.push(1);
            } else {
                sizes[at]++;
            }
        }
        let best = 0;
        for (const s of sizes) if (s > best) best = s;
        return [keys.length, best];
    }
}
