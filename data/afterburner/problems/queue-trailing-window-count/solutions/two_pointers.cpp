class Solution {
public:
    vector<int> windowCounts(vector<long long>& times, long long w) {
        int n = times.size();
        vector<int> res(n);
        int left = 0;
        for (int right = 0; right < n; right++) {
            while (times[right] - times[left] >= w) left++;
            res[right] = right - left + 1;
        }
        return res;
    }
};
