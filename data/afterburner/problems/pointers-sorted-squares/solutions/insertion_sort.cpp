class Solution {
public:
    vector<long long> sortedSquares(vector<long long>& nums) {
        vector<long long> sq;
        for (long long x : nums) sq.push_back(x * x);
        for (size_t i = 1; i < sq.size(); i++) {
            long long key = sq[i];
            size_t j = i;
            while (j > 0 && sq[j - 1] > key) {
                sq[j] = sq[j - 1];
                j--;
            }
            sq[j] = key;
        }
        return sq;
    }
};
