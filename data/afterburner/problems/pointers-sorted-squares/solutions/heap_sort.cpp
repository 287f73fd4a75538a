class Solution {
public:
    vector<long long> sortedSquares(vector<long long>& nums) {
        // min-heap of every square, popped in order
        priority_queue<long long, vector<long long>, greater<long long>> heap;
        for (long long x : nums) heap.push(x * x);
        vector<long long> result;
        result.reserve(nums.size());
        while (!heap.empty()) {
            result.push_back(heap.top());
            heap.pop();
        }
        return result;
    }
};
