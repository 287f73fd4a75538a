class Solution {
public:
    int lastRemaining(vector<int>& weights) {
        priority_queue<int> heap(weights.begin(), weights.end());
        while (heap.size() > 1) {
            int x = heap.top();
            heap.pop();
            int y = heap.top();
            heap.pop();
            if (x > y) heap.push(x - y);
        }
        return heap.empty() ? 0 : heap.top();
    }
};
