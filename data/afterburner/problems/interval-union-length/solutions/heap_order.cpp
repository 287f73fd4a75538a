class Solution {
public:
    long long coveredLength(vector<vector<int>>& segments) {
        // min-heap of (start, end); pops come out in start order
        priority_queue<pair<int, int>, vector<pair<int, int>>, greater<pair<int, int>>> heap;
        for (auto& s : segments) heap.emplace(s[0], s[1]);
        long long total = 0;
        long long start = heap.top().first, end = heap.top().second;
        heap.pop();
        while (!heap.empty()) {
            long long l = heap.top().first, r = heap.top().second;
            heap.pop();
            if (l > end) {
                total += end - start;
                start = l;
                end = r;
            } else if (r > end) {
                end = r;
            }
        }
        return total + end - start;
    }
};
