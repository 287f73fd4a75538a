class Solution {
public:
    long long minFuseCost(vector<int>& nums) {
        priority_queue<long long, vector<long long>, greater<long long>> heap(nums.begin(), nums.end());
        long long total = 0;
        while (heap.size() > 1) {
            long long a = heap.top();
            heap.pop();
            long long b = heap.top();
            heap.pop();
            total += a + b;
            heap.push(a + b);
        }
        return total;
    }
};
