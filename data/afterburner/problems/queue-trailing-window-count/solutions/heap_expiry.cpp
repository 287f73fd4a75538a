class Solution {
public:
    vector<int> windowCounts(vector<long long>& times, long long w) {
        priority_queue<long long, vector<long long>, greater<long long>> heap;
        vector<int> res;
        res.reserve(times.size());
        for (long long t : times) {
            heap.push(t);
            while (heap.top() <= t - w) heap.pop();
            res.push_back(heap.size());
        }
        return res;
    }
};
