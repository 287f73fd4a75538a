class Solution {
    maxWeight(bookings) {
        const items = bookings.slice().sort((a, b) => a[1] - b[1]);
        const n = items.length;
        const dp = new Array(n).fill(0); // dp[i]: best chain ending with booking i
        let answer = 0;
        for (let i = 0; i < n; i++) {
            let before = 0;
            for (let j = 0; j < i; j++) {
                if (items[j][1] <= items[i][0] && dp[j] > before) before = dp[j];
            }
            dp[i] = before + items[i][2];
            if (dp[i] > answer) answer = dp[i];
        }
        return answer;
    }
}
