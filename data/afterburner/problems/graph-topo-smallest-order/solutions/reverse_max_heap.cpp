class Solution {
public:
    vector<int> smallestOrder(int n, vector<vector<int>>& rules) {
        // build the order from the back: place the largest task nothing unplaced must follow
        vector<vector<int>> pred(n + 1);
        vector<int> outdeg(n + 1, 0);
        for (auto& r : rules) {
            pred[r[1]].push_back(r[0]);
            outdeg[r[0]]++;
        }
        priority_queue<int> heap;
        for (int v = 1; v <= n; v++)
            if (outdeg[v] == 0) heap.push(v);
        vector<int> back;
        while (!heap.empty()) {
            int v = heap.top();
            heap.pop();
            back.push_back(v);
            for (int u : pred[v])
                if (--outdeg[u] == 0) heap.push(u);
        }
        if ((int)back.size() < n) return {};
        reverse(back.begin(), back.end());
        return back;
    }
};
