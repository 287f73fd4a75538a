class Solution {
public:
    vector<long long> sortedSquares(vector<long long>& nums) {
        long long biggest = max(llabs(nums.front()), llabs(nums.back()));
        vector<int> counts(biggest + 1, 0);
        for (long long x : nums) counts[llabs(x)]++;
        vector<long long> result;
        result.reserve(nums.size());
        for (long long v = 0; v <= biggest; v++)
            for (int c = 0; c < counts[v]; c++) result.push_back(v * v);
        return result;
    }
};
