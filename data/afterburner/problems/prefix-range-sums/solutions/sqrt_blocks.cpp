class Solution {
public:
    vector<long long> rangeSums(vector<long long>& nums, vector<vector<int>>& queries) {
        // block totals of about sqrt(n) elements; a query adds whole blocks plus two partial ends
        int n = (int) nums.size();
        int size = max(1, (int) sqrt((double) n));
        vector<long long> blocks((n + size - 1) / size, 0);
        for (int i = 0; i < n; i++) blocks[i / size] += nums[i];
        vector<long long> out;
        out.reserve(queries.size());
        for (auto& qr : queries) {
            int lo = qr[0] - 1, hi = qr[1] - 1;
            long long total = 0;
            int first = lo / size, last = hi / size;
            if (first == last) {
                for (int i = lo; i <= hi; i++) total += nums[i];
            } else {
                for (int i = lo; i < (first + 1) * size; i++) total += nums[i];
                for (int b = first + 1; b < last; b++) total += blocks[b];
                for (int i = last * size; i <= hi; i++) total += nums[i];
            }
            out.push_back(total);
        }
        return out;
    }
};
