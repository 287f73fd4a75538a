class Solution {
public:
    vector<int> strongSummary(int n, vector<vector<int>>& arcs) {
        // adjacency as hash sets (repeated arcs collapse), visited marks in hash sets
        unordered_map<int, unordered_set<int>> outs, ins;
        for (auto& a : arcs) {
            outs[a[0]].insert(a[1]);
            ins[a[1]].insert(a[0]);
        }
        auto listOf = [](unordered_map<int, unordered_set<int>>& g, int v) {
            auto it = g.find(v);
            return it == g.end() ? vector<int>() : vector<int>(it->second.begin(), it->second.end());
        };
        unordered_set<int> visited;
        vector<int> finished;
        for (int s = 1; s <= n; s++) {
            if (visited.count(s)) continue;
            visited.insert(s);
            vector<pair<int, vector<int>>> stack;
            stack.push_back({s, listOf(outs, s)});
            while (!stack.empty()) {
                auto& pending = stack.back().second;
                while (!pending.empty() && visited.count(pending.back())) pending.pop_back();
                if (!pending.empty()) {
                    int w = pending.back();
                    pending.pop_back();
                    visited.insert(w);
                    stack.push_back({w, listOf(outs, w)});
                } else {
                    finished.push_back(stack.back().first);
                    stack.pop_back();
                }
            }
        }
        unordered_set<int> assigned;
        int groups = 0, largest = 0;
        for (int i = (int)finished.size() - 1; i >= 0; i--) {
            int s = finished[i];
            if (assigned.count(s)) continue;
            assigned.insert(s);
            vector<int> members = {s};
            for (size_t j = 0; j < members.size(); j++) {
                auto it = ins.find(members[j]);
                if (it == ins.end()) continue;
                for (int w : it->second)
                    if (assigned.insert(w).second) members.push_back(w);
            }
            groups++;
            largest = max(largest, (int)members.size());
        }
        return {groups, largest};
    }
};
