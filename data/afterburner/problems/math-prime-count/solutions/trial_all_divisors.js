class Solution {
    countPrimes(n) {
        let count = 0;
        for (let x = 2; x <= n; x++) {
            let prime = true;
            for (let d = 2; d < x; d++) {
                if (x % d === 0) {
                    prime = false;
                    break;
                }
            }
            if (prime) count++;
        }
        return count;
    }
}
