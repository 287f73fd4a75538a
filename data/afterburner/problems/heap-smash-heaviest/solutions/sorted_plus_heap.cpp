class Solution {
public:
    int lastRemaining(vector<int>& weights) {
        // the original weights are consumed from a sorted array; only the
        // differences go through a (smaller) heap
        vector<int> a(weights);
        sort(a.begin(), a.end(), greater<int>());
        size_t p = 0, n = a.size();
        priority_queue<int> diffs;
        auto take = [&]() {
            if (!diffs.empty() && (p == n || diffs.top() >= a[p])) {
                int v = diffs.top();
                diffs.pop();
                return v;
            }
            return a[p++];
        };
        while ((n - p) + diffs.size() > 1) {
            int x = take();
            int y = take();
            if (x > y) diffs.push(x - y);
        }
        return (n - p) + diffs.size() == 1 ? take() : 0;
    }
};
