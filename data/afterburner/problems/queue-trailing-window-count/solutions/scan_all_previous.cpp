class Solution {
public:
    vector<int> windowCounts(vector<long long>& times, long long w) {
        int n = times.size();
        vector<int> res(n);
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (int j = 0; j <= i; j++)
                if (times[i] - times[j] < w) count++;
            res[i] = count;
        }
        return res;
    }
};
