class Solution {
    windowCounts(times, w) {
        const queue = [];
        let head = 0;
        const res = [];
        for (const t of times) {
            queue.push(t);
            while (t - queue[head] > w) head++;
            res.push(queue.length - head);
        }
        return res;
    }
}
