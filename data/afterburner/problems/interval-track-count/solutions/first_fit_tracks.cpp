class Solution {
public:
    int minTracks(vector<vector<int>>& intervals) {
        sort(intervals.begin(), intervals.end());
        vector<int> tracks;  // end of the last booking on each track
        for (auto& iv : intervals) {
            bool placed = false;
            for (int& end : tracks) {
                if (end <= iv[0]) {
                    end = iv[1];
                    placed = true;
                    break;
                }
            }
            if (!placed) tracks.push_back(iv[1]);
        }
        return tracks.size();
    }
};
