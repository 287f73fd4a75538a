class Solution {
public:
    long long coveredLength(vector<vector<int>>& segments) {
        vector<vector<int>> segs = segments;
        bool changed = true;
        while (changed) {
            changed = false;
            for (size_t i = 0; i < segs.size(); ++i) {
                size_t j = i + 1;
                while (j < segs.size()) {
                    if (segs[i][0] <= segs[j][1] && segs[j][0] <= segs[i][1]) {
                        segs[i][0] = min(segs[i][0], segs[j][0]);
                        segs[i][1] = max(segs[i][1], segs[j][1]);
                        segs.erase(segs.begin() + j);
                        changed = true;
                    } else {
                        ++j;
                    }
                }
            }
        }
        long long total = 0;
        for (auto& s : segs) total += s[1] - s[0];
        return total;
    }
};
