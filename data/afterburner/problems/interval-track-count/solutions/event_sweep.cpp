class Solution {
public:
    int minTracks(vector<vector<int>>& intervals) {
        // packed events: time * 2, plus 1 for a start, so ends sort first at equal times
        vector<long long> ev;
        ev.reserve(2 * intervals.size());
        for (auto& iv : intervals) {
            ev.push_back(2LL * iv[0] + 1);
            ev.push_back(2LL * iv[1]);
        }
        sort(ev.begin(), ev.end());
        int cur = 0, best = 0;
        for (long long e : ev) {
            if (e & 1) best = max(best, ++cur);
            else --cur;
        }
        return best;
    }
};
