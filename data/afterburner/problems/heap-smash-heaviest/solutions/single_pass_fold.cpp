class Solution {
public:
    int lastRemaining(vector<int>& weights) {
        // folds the sorted weights from the top, carrying one running difference
        vector<int> a(weights);
        sort(a.begin(), a.end(), greater<int>());
        int carry = a[0];
        for (size_t i = 1; i < a.size(); ++i) carry = abs(carry - a[i]);
        return carry;
    }
};
