class Solution {
public:
    vector<int> divisorTally(vector<int>& nums) {
        int top = *max_element(nums.begin(), nums.end());
        int limit = (int) sqrt((double) top) + 1;
        vector<char> composite(limit + 1, 0);
        vector<int> primes;
        for (int i = 2; i <= limit; i++) {
            if (composite[i]) continue;
            primes.push_back(i);
            for (int j = i * i; j <= limit; j += i) composite[j] = 1;
        }
        vector<int> res;
        res.reserve(nums.size());
        for (int x : nums) {
            int total = 1;
            for (int p : primes) {
                if (p * p > x) break;
                if (x % p == 0) {
                    int e = 0;
                    while (x % p == 0) { x /= p; e++; }
                    total *= e + 1;
                }
            }
            if (x > 1) total *= 2;
            res.push_back(total);
        }
        return res;
    }
};
