class Solution {
public:
    int lastRemaining(vector<int>& weights) {
        multiset<int> pool(weights.begin(), weights.end());
        while (pool.size() > 1) {
            int x = *prev(pool.end());
            pool.erase(prev(pool.end()));
            int y = *prev(pool.end());
            pool.erase(prev(pool.end()));
            if (x > y) pool.insert(x - y);
        }
        return pool.empty() ? 0 : *pool.begin();
    }
};
