class Solution {
public:
    long long largestRectangle(vector<int>& heights) {
        // increasing stack of indices; a zero-height bar at the end flushes it
        int n = heights.size();
        vector<int> st;
        st.reserve(n + 1);
        long long best = 0;
        for (int i = 0; i <= n; ++i) {
            long long x = i < n ? heights[i] : 0;
            while (!st.empty() && heights[st.back()] >= x) {
                long long h = heights[st.back()];
                st.pop_back();
                int left = st.empty() ? -1 : st.back();
                best = max(best, h * (i - left - 1));
            }
            st.push_back(i);
        }
        return best;
    }
};
