class Solution {
public:
    vector<long long> sortedSquares(vector<long long>& nums) {
        int n = (int) nums.size();
        vector<long long> result(n);
        int left = 0, right = n - 1;
        for (int pos = n - 1; pos >= 0; pos--) {
            long long a = nums[left], b = nums[right];
            if (-a > b) { result[pos] = a * a; left++; }
            else { result[pos] = b * b; right--; }
        }
        return result;
    }
};
