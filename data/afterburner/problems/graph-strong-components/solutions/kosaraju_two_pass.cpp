class Solution {
public:
    vector<int> strongSummary(int n, vector<vector<int>>& arcs) {
        vector<vector<int>> fwd(n + 1), rev(n + 1);
        for (auto& a : arcs) {
            fwd[a[0]].push_back(a[1]);
            rev[a[1]].push_back(a[0]);
        }
        // pass 1: vertices by finishing time
        vector<char> seen(n + 1, 0);
        vector<int> finish, ptr(n + 1, 0);
        vector<int> stack;
        for (int s = 1; s <= n; s++) {
            if (seen[s]) continue;
            seen[s] = 1;
            stack.push_back(s);
            while (!stack.empty()) {
                int v = stack.back();
                if (ptr[v] < (int)fwd[v].size()) {
                    int w = fwd[v][ptr[v]++];
                    if (!seen[w]) {
                        seen[w] = 1;
                        stack.push_back(w);
                    }
                } else {
                    stack.pop_back();
                    finish.push_back(v);
                }
            }
        }
        // pass 2: flood the reversed graph in decreasing finishing time
        vector<char> done(n + 1, 0);
        int groups = 0, largest = 0;
        for (int i = n - 1; i >= 0; i--) {
            int s = finish[i];
            if (done[s]) continue;
            done[s] = 1;
            groups++;
            int size = 0;
            stack.push_back(s);
            while (!stack.empty()) {
                int v = stack.back();
                stack.pop_back();
                size++;
                for (int w : rev[v])
                    if (!done[w]) {
                        done[w] = 1;
                        stack.push_back(w);
                    }
            }
            largest = max(largest, size);
        }
        return {groups, largest};
    }
};
