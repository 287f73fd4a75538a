class Solution {
public:
    long long largestRectangle(vector<int>& heights) {
        // nearest strictly smaller bar on each side, from two monotonic passes
        int n = heights.size();
        vector<int> left(n), right(n), st;
        for (int i = 0; i < n; ++i) {
            while (!st.empty() && heights[st.back()] >= heights[i]) st.pop_back();
            left[i] = st.empty() ? -1 : st.back();
            st.push_back(i);
        }
        st.clear();
        for (int i = n - 1; i >= 0; --i) {
            while (!st.empty() && heights[st.back()] >= heights[i]) st.pop_back();
            right[i] = st.empty() ? n : st.back();
            st.push_back(i);
        }
        long long best = 0;
        for (int i = 0; i < n; ++i) best = max(best, (long long) heights[i] * (right[i] - left[i] - 1));
        return best;
    }
};
