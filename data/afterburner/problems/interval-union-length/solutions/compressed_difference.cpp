class Solution {
public:
    long long coveredLength(vector<vector<int>>& segments) {
        vector<int> xs;
        xs.reserve(segments.size() * 2);
        for (auto& s : segments) {
            xs.push_back(s[0]);
            xs.push_back(s[1]);
        }
        sort(xs.begin(), xs.end());
        xs.erase(unique(xs.begin(), xs.end()), xs.end());
        vector<int> diff(xs.size() + 1, 0);
        for (auto& s : segments) {
            diff[lower_bound(xs.begin(), xs.end(), s[0]) - xs.begin()]++;
            diff[lower_bound(xs.begin(), xs.end(), s[1]) - xs.begin()]--;
        }
        long long total = 0;
        int running = 0;
        for (size_t i = 0; i + 1 < xs.size(); ++i) {
            running += diff[i];
            if (running > 0) total += xs[i + 1] - xs[i];
        }
        return total;
    }
};
