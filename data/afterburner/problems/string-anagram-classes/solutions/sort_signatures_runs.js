class Solution {
    anagramClasses(words) {
        // sort every signature, then count runs of equal ones
        const sigs = words.map((w) => w.split('').sort().join(''));
        sigs.sort();
        let classes = 0;
        let best = 0;
        let run = 0;
        for (let i = 0; i < sigs.length; i++) {
            if (i === 0 || sigs[i] !== sigs[i - 1]) {
                classes++;
                run = 0;
            }
            run++;
            if (run > best) best = run;
        }
        return [classes, best];
    }
}
