class Solution {
public:
    vector<int> strongSummary(int n, vector<vector<int>>& arcs) {
        // adjacency in compressed rows
        vector<int> start(n + 2, 0), to(arcs.size());
        for (auto& a : arcs) start[a[0] + 1]++;
        for (int v = 1; v <= n + 1; v++) start[v] += start[v - 1];
        vector<int> fill(start);
        for (auto& a : arcs) to[fill[a[0]]++] = a[1];
        vector<int> index(n + 1, 0), low(n + 1, 0), ptr(n + 1, 0), stack, call;
        vector<char> onStack(n + 1, 0);
        int counter = 0, groups = 0, largest = 0;
        for (int root = 1; root <= n; root++) {
            if (index[root]) continue;
            call.push_back(root);
            index[root] = low[root] = ++counter;
            ptr[root] = start[root];
            stack.push_back(root);
            onStack[root] = 1;
            while (!call.empty()) {
                int v = call.back();
                if (ptr[v] < start[v + 1]) {
                    int w = to[ptr[v]++];
                    if (!index[w]) {
                        index[w] = low[w] = ++counter;
                        ptr[w] = start[w];
                        stack.push_back(w);
                        onStack[w] = 1;
                        call.push_back(w);
                    } else if (onStack[w]) {
                        low[v] = min(low[v], index[w]);
                    }
                    continue;
                }
                call.pop_back();
                if (!call.empty()) low[call.back()] = min(low[call.back()], low[v]);
                if (low[v] == index[v]) {
                    int size = 0, w;
                    do {
                        w = stack.back();
                        stack.pop_back();
                        onStack[w] = 0;
                        size++;
                    } while (w != v);
                    groups++;
                    largest = max(largest, size);
                }
            }
        }
        return {groups, largest};
    }
};
