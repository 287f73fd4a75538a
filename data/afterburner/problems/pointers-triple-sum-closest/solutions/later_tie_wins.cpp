class Solution {
public:
    int nearestTripleSum(vector<int>& nums, int target) {
        vector<int> a(nums);
        sort(a.begin(), a.end());
        int n = a.size();
        int closest = a[0] + a[1] + a[2];
        for (int i = 0; i + 2 < n; i++) {
            int l = i + 1, r = n - 1;
            while (l < r) {
                int s = a[i] + a[l] + a[r];
                if (abs(s - target) <= abs(closest - target)) closest = s;
                if (s < target) l++;
                else if (s > target) r--;
                else return s;
            }
        }
        return closest;
    }
};
