class Solution {
public:
    vector<int> windowCounts(vector<long long>& times, long long w) {
        deque<long long> window;
        vector<int> res;
        res.reserve(times.size());
        for (long long t : times) {
            window.push_back(t);
            while (t - window.front() >= w) window.pop_front();
            res.push_back(window.size());
        }
        return res;
    }
};
