class Solution {
public:
    long long coveredLength(vector<vector<int>>& segments) {
        vector<pair<int, int>> ev;
        ev.reserve(segments.size() * 2);
        for (auto& s : segments) {
            ev.emplace_back(s[0], 1);
            ev.emplace_back(s[1], -1);
        }
        sort(ev.begin(), ev.end());
        long long total = 0;
        int depth = 0;
        long long prev = 0;
        for (auto& e : ev) {
            if (depth > 0) total += e.first - prev;
            depth += e.second;
            prev = e.first;
        }
        return total;
    }
};
