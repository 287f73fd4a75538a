class Solution {
    countCoprimePairs(nums) {
        const primeFactors = (x) => {
            const ps = [];
            for (let f = 2; f * f <= x; f += f === 2 ? 1 : 2) {
                if (x % f === 0) {
                    ps.push(f);
                    while (x % f === 0) x /= f;
                }
            }
            if (x > 1) ps.push(x);
            return ps;
        };
        const times = new Map();
        for (const x of nums) times.set(x, (times.get(x) || 0) + 1);
        // signed squarefree divisors of each distinct value, and how many entries each d divides
        const signedDivs = new Map();
        const divisible = new Map();
        for (const [value, t] of times) {
            const divs = [[1, 1]];
            for (const p of primeFactors(value)) {
                const sz = divs.length;
                for (let i = 0; i < sz; i++) divs.push([divs[i][0] * p, -divs[i][1]]);
            }
            for (const [d] of divs) divisible.set(d, (divisible.get(d) || 0) + t);
            signedDivs.set(value, divs);
        }
        let ordered = 0; // ordered pairs, an entry with itself included
        for (const [value, t] of times) {
            let coprime = 0;
            for (const [d, s] of signedDivs.get(value)) coprime += s * divisible.get(d);
            ordered += t * coprime;
        }
        const ones = times.get(1) || 0;
        return (ordered - ones) / 2;
    }
}
