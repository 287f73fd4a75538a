class Solution {
public:
    long long coveredLength(vector<vector<int>>& segments) {
        sort(segments.begin(), segments.end());
        long long total = 0;
        long long start = segments[0][0], end = segments[0][1];
        for (size_t i = 1; i < segments.size(); ++i) {
            long long l = segments[i][0], r = segments[i][1];
            if (l > end) {
                total += end - start;
                start = l;
            }
            end = r;
        }
        return total + end - start;
    }
};
