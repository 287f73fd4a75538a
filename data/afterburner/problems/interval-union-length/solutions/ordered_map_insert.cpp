class Solution {
public:
    long long coveredLength(vector<vector<int>>& segments) {
        // disjoint covered pieces keyed by start; each segment absorbs the pieces it meets
        map<long long, long long> pieces;
        for (auto& s : segments) {
            long long l = s[0], r = s[1];
            auto it = pieces.upper_bound(l);
            if (it != pieces.begin()) {
                auto prev = std::prev(it);
                if (prev->second >= l) it = prev;
            }
            while (it != pieces.end() && it->first <= r) {
                l = min(l, it->first);
                r = max(r, it->second);
                it = pieces.erase(it);
            }
            pieces.emplace(l, r);
        }
        long long total = 0;
        for (auto& p : pieces) total += p.second - p.first;
        return total;
    }
};
