class Solution {
public:
    long long maxWeight(vector<vector<int>>& bookings) {
        vector<array<int, 3>> items;
        items.reserve(bookings.size());
        for (auto& b : bookings) items.push_back({b[0], b[1], b[2]});
        sort(items.begin(), items.end());
        // pending chains as (end, total), earliest end on top
        priority_queue<pair<int, long long>, vector<pair<int, long long>>, greater<pair<int, long long>>> pending;
        long long settled = 0;  // best chain that finished by the current start
        for (auto& b : items) {
            while (!pending.empty() && pending.top().first <= b[0]) {
                settled = max(settled, pending.top().second);
                pending.pop();
            }
            pending.emplace(b[1], settled + b[2]);
        }
        while (!pending.empty()) {
            settled = max(settled, pending.top().second);
            pending.pop();
        }
        return settled;
    }
};
