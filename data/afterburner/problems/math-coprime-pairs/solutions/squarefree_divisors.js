class Solution {
    countCoprimePairs(nums) {
        let top = 0;
        for (const x of nums) if (x > top) top = x;
        const spf = new Int32Array(top + 1);
        for (let i = 2; i <= top; i++) {
            if (spf[i]) continue;
            for (let j = i; j <= top; j += i) if (!spf[j]) spf[j] = i;
        }
        const seen = new Int32Array(top + 1); // earlier entries divisible by d
        const divs = new Int32Array(64);
        const signs = new Int8Array(64);
        let answer = 0;
        for (let x of nums) {
            let cnt = 1;
            divs[0] = 1;
            signs[0] = 1;
            while (x > 1) {
                const p = spf[x];
                while (x % p === 0) x /= p;
                for (let t = 0; t < cnt; t++) {
                    divs[cnt + t] = divs[t] * p;
                    signs[cnt + t] = -signs[t];
                }
                cnt *= 2;
            }
            for (let t = 0; t < cnt; t++) answer += signs[t] * seen[divs[t]];
            for (let t = 0; t < cnt; t++) seen[divs[t]]++;
        }
        return answer;
    }
}
