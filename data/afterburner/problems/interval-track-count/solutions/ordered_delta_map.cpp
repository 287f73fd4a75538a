class Solution {
public:
    int minTracks(vector<vector<int>>& intervals) {
        // net change of open bookings at each distinct time, in an ordered map
        map<int, int> delta;
        for (auto& iv : intervals) {
            delta[iv[0]]++;
            delta[iv[1]]--;
        }
        int level = 0, best = 0;
        for (auto& [t, d] : delta) {
            level += d;
            best = max(best, level);
        }
        return best;
    }
};
