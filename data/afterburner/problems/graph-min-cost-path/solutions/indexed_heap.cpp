class Solution {
    vector<int> heap, pos, dist;

    void siftUp(int i) {
        int v = heap[i];
        while (i > 0) {
            int p = (i - 1) / 2;
            if (dist[heap[p]] <= dist[v]) break;
            heap[i] = heap[p];
            pos[heap[i]] = i;
            i = p;
        }
        heap[i] = v;
        pos[v] = i;
    }

    void siftDown(int i) {
        int v = heap[i], size = heap.size();
        for (;;) {
            int c = 2 * i + 1;
            if (c >= size) break;
            if (c + 1 < size && dist[heap[c + 1]] < dist[heap[c]]) c++;
            if (dist[heap[c]] >= dist[v]) break;
            heap[i] = heap[c];
            pos[heap[i]] = i;
            i = c;
        }
        heap[i] = v;
        pos[v] = i;
    }

public:
    int minCost(int n, vector<vector<int>>& arcs) {
        // Dijkstra with decrease-key: every vertex sits in the heap at most once
        vector<vector<pair<int, int>>> adj(n + 1);
        for (auto& a : arcs) adj[a[0]].push_back({a[1], a[2]});
        dist.assign(n + 1, INT_MAX);
        pos.assign(n + 1, -1);  // -1 never queued, -2 settled
        heap.clear();
        dist[1] = 0;
        heap.push_back(1);
        pos[1] = 0;
        while (!heap.empty()) {
            int u = heap[0];
            pos[u] = -2;
            int last = heap.back();
            heap.pop_back();
            if (!heap.empty()) {
                heap[0] = last;
                siftDown(0);
            }
            if (u == n) return dist[u];
            for (auto [v, w] : adj[u]) {
                if (pos[v] == -2 || dist[u] + w >= dist[v]) continue;
                dist[v] = dist[u] + w;
                if (pos[v] == -1) {
                    heap.push_back(v);
                    siftUp(heap.size() - 1);
                } else {
                    siftUp(pos[v]);
                }
            }
        }
        return -1;
    }
};
