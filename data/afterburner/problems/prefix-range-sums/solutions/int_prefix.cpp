class Solution {
public:
    vector<long long> rangeSums(vector<long long>& nums, vector<vector<int>>& queries) {
        vector<int> prefix(nums.size() + 1, 0);
        for (size_t i = 0; i < nums.size(); i++) prefix[i + 1] = prefix[i] + nums[i];
        vector<long long> out;
        for (auto& qr : queries) out.push_back(prefix[qr[1]] - prefix[qr[0] - 1]);
        return out;
    }
};
