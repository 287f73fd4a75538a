class Solution {
    vector<int> parent;

    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

public:
    int countIslands(vector<string>& grid) {
        // each horizontal run of land is one node; overlapping runs in
        // neighbouring rows belong to the same region
        struct Run { int start, end, node; };
        parent.clear();
        int regions = 0;
        vector<Run> prev, cur;
        for (auto& row : grid) {
            cur.clear();
            int c = 0, n = row.size();
            while (c < n) {
                if (row[c] != '#') {
                    c++;
                    continue;
                }
                int s = c;
                while (c < n && row[c] == '#') c++;
                cur.push_back({s, c, (int)parent.size()});
                parent.push_back(parent.size());
                regions++;
            }
            size_t k = 0;
            for (auto& run : cur) {
                while (k < prev.size() && prev[k].end <= run.start) k++;
                for (size_t t = k; t < prev.size() && prev[t].start < run.end; t++) {
                    int a = find(prev[t].node), b = find(run.node);
                    if (a != b) {
                        parent[b] = a;
                        regions--;
                    }
                }
            }
            swap(prev, cur);
        }
        return regions;
    }
};
