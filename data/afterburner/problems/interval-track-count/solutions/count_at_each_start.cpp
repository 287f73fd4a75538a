class Solution {
public:
    int minTracks(vector<vector<int>>& intervals) {
        int best = 0;
        for (auto& p : intervals) {
            int s = p[0], covering = 0;
            for (auto& q : intervals)
                if (q[0] <= s && s < q[1]) ++covering;
            best = max(best, covering);
        }
        return best;
    }
};
